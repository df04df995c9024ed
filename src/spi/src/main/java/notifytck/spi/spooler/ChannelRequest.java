package notifytck.spi.spooler;

import java.util.Objects;

/**
 * The parameters of CreatePrintAsyncNotifyChannel, in the document's order: printer or server
 * name, notification type, user filter, conversation style, and the callback for what comes back
 * (null when the caller does not want responses).
 */
public record ChannelRequest(String name, NotificationType type, UserFilter userFilter,
                             ConversationStyle style, NotifyCallback callback) {
    public ChannelRequest {
        Objects.requireNonNull(name, "printer or server name");
        Objects.requireNonNull(type, "notification type");
        Objects.requireNonNull(userFilter, "user filter");
        Objects.requireNonNull(style, "conversation style");
    }
}
