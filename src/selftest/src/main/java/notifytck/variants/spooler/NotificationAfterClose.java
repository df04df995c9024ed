package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Delivers the last notification again after ChannelClosed, as a stale retry would. */
public final class NotificationAfterClose extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-020";
    }

    @Override
    public String fault() {
        return "Delivers the last notification again after ChannelClosed, as a stale retry would.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    private volatile ChannelRef lastChannel;
                    private volatile NotificationData last;

                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        lastChannel = channel;
                        last = data;
                        kit.onEventNotify(channel, data);
                    }

                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        kit.channelClosed(channel, reason);
                        if (last != null) {
                            kit.onEventNotify(lastChannel, last);
                        }
                    }
                };
            }
        };
    }
}
