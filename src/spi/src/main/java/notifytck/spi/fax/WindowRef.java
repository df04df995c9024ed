package notifytck.spi.fax;

import java.util.Objects;

/** An HWND. */
public record WindowRef(String handle) {
    public WindowRef {
        Objects.requireNonNull(handle, "handle");
    }
}
