package notifytck.spi.spooler;

import java.util.Objects;
import java.util.UUID;

/** PrintAsyncNotificationType: the GUID naming the schema of a channel's notifications. */
public record NotificationType(UUID id) {
    public NotificationType {
        Objects.requireNonNull(id, "notification type id");
    }
}
