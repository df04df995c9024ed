package notifytck.spi.fax;

import java.util.Objects;

/** A desktop (window station and desktop name, e.g. WinSta0\Default) in a session. */
public record DesktopRef(String id, String name) {
    public DesktopRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
