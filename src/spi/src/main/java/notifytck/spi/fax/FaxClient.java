package notifytck.spi.fax;

import java.util.Objects;

/** A fax client application: a process running in a user's session, connected to the local fax server. */
public record FaxClient(String id, SessionRef session) {
    public FaxClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
    }
}
