package notifytck.spi.spooler;

import java.util.UUID;
import notifytck.spi.HResult;

/**
 * The spooler's asynchronous notification API, as the two spooler documents describe it. Every
 * call is plain data in and out; callbacks arrive as events on {@link NotifyCallback}. Calls on a
 * {@link ChannelRef} are the IPrintAsyncNotifyChannel methods made through that party's pointer.
 */
public interface SpoolerAdapter {
    /** IID_IUnknown, objbase.h. */
    UUID IID_IUNKNOWN = UUID.fromString("00000000-0000-0000-c000-000000000046");
    /** IID_IPrintAsyncNotifyChannel, prnasnot.h. */
    UUID IID_IPRINT_ASYNC_NOTIFY_CHANNEL = UUID.fromString("4a5031b1-1f3f-4db0-a462-4530ed8b0451");
    /** IID_IPrintAsyncNotifyCallback, prnasnot.h. */
    UUID IID_IPRINT_ASYNC_NOTIFY_CALLBACK = UUID.fromString("7def34c1-9d92-4c99-b3b3-db94a9d4191b");

    ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest request);

    Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest request);

    HResult unregisterForPrintAsyncNotifications(RegistrationRef registration);

    HResult sendNotification(ChannelRef channel, NotificationData data);

    /** CloseChannel; {@code reason} may be null. */
    HResult closeChannel(ChannelRef channel, NotificationData reason);

    /** AddRef; returns the new reference count (for diagnostics, as in COM). */
    long addRef(ChannelRef channel);

    /** Release; returns the new reference count (for diagnostics, as in COM). */
    long release(ChannelRef channel);

    /**
     * QueryInterface. On success the same pointer is handed out again with one reference added,
     * which the caller must Release, as COM requires.
     */
    HResult queryInterface(ChannelRef channel, UUID iid);
}
