package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Tells the other side the channel closed but drops the reason the closer gave. */
public final class CloseReasonDropped extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-019";
    }

    @Override
    public String fault() {
        return "Tells the other side the channel closed but drops the reason the closer gave.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        kit.channelClosed(channel, null);
                    }
                };
            }
        };
    }
}
