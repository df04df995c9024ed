package notifytck.spi.fax;

import java.util.Objects;

/** A logon session of a user, by the id the implementation issued. */
public record SessionRef(String id, String user) {
    public SessionRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
    }
}
