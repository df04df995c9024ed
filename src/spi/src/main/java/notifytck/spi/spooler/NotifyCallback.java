package notifytck.spi.spooler;

/**
 * IPrintAsyncNotifyCallback, as events. The implementation calls it on a thread of its own; the
 * kit's callbacks record each event and may call back into the adapter.
 */
public interface NotifyCallback {
    /**
     * OnEventNotify. {@code channel} is the channel to answer on for a bidirectional channel, and
     * null for a unidirectional one.
     */
    void onEventNotify(ChannelRef channel, NotificationData data);

    /** ChannelClosed; {@code reason} is the data the closer passed, or null. */
    void channelClosed(ChannelRef channel, NotificationData reason);
}
