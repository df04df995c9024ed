package notifytck.spi.spooler;

import java.util.Objects;

/** The registration handle RegisterForPrintAsyncNotifications hands back. */
public record RegistrationRef(String handle) {
    public RegistrationRef {
        Objects.requireNonNull(handle, "handle");
    }
}
