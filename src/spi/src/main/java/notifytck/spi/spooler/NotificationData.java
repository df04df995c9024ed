package notifytck.spi.spooler;

import java.util.Objects;

/**
 * An IPrintAsyncNotifyDataObject: the notification's type and its bytes, carried here as text
 * (print notifications are XML documents in practice).
 */
public record NotificationData(NotificationType type, String payload) {
    public NotificationData {
        Objects.requireNonNull(type, "notification type");
        Objects.requireNonNull(payload, "payload");
    }
}
