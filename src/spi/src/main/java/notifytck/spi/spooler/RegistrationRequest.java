package notifytck.spi.spooler;

import java.util.Objects;

/** RegisterForPrintAsyncNotifications: a printer or server name (local or \\remote), a type, a listener. */
public record RegistrationRequest(String name, NotificationType type, NotifyCallback callback) {
    public RegistrationRequest {
        Objects.requireNonNull(name, "printer or server name");
        Objects.requireNonNull(type, "notification type");
        Objects.requireNonNull(callback, "listener callback");
    }
}
