package notifytck.reference.spooler;

import notifytck.reference.common.SerialLane;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.RegistrationRef;

/**
 * One RegisterForPrintAsyncNotifications: a listener's interest in one type on one printer or
 * server. Also the identity of a listener within a channel: a bidirectional channel gives each
 * registration its own pointer. Equality is identity on purpose.
 */
final class NotificationRegistration {
    private final RegistrationRef handle;
    private final PrinterName name;
    private final NotificationType type;
    private final String user;
    private final NotifyCallback callback;
    private final SerialLane<Delivery> lane;
    private volatile boolean active = true;

    NotificationRegistration(RegistrationRef handle, PrinterName name, NotificationType type, String user,
                             NotifyCallback callback, SerialLane<Delivery> lane) {
        this.handle = handle;
        this.name = name;
        this.type = type;
        this.user = user;
        this.callback = callback;
        this.lane = lane;
    }

    RegistrationRef handle() {
        return handle;
    }

    PrinterName name() {
        return name;
    }

    NotificationType type() {
        return type;
    }

    /** The registering caller's user; the session is deliberately not kept, it never decides a match. */
    String user() {
        return user;
    }

    NotifyCallback callback() {
        return callback;
    }

    /** Its callback's lane, held from registration to unregistration. */
    SerialLane<Delivery> lane() {
        return lane;
    }

    boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }
}
