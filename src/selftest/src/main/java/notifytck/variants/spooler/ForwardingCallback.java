package notifytck.variants.spooler;

import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;

/** Passes both callbacks to the kit's; a variant overrides the one it distorts. */
class ForwardingCallback implements NotifyCallback {
    protected final NotifyCallback kit;

    ForwardingCallback(NotifyCallback kit) {
        this.kit = kit;
    }

    @Override
    public void onEventNotify(ChannelRef channel, NotificationData data) {
        kit.onEventNotify(channel, data);
    }

    @Override
    public void channelClosed(ChannelRef channel, NotificationData reason) {
        kit.channelClosed(channel, reason);
    }
}
