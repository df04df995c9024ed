package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Releases a party's pointer on its behalf before its ChannelClosed callback runs rather than after. */
public final class ReleasedBeforeChannelClosed extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-025";
    }

    @Override
    public String fault() {
        return "Releases a party's pointer on its behalf before its ChannelClosed callback runs rather than after.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        // The pointer dies while the callback still runs; the reference's own
                        // release afterwards finds it already at zero.
                        inner.release(channel);
                        kit.channelClosed(channel, reason);
                    }
                };
            }
        };
    }
}
