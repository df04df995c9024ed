package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Never releases a pointer on its party's behalf after a close by someone else, so the channel object leaks. */
public final class NoReleaseOnOpenersBehalf extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-024";
    }

    @Override
    public String fault() {
        return "Never releases a pointer on its party's behalf after a close by someone else, so the channel object leaks.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        // Cancels the reference's release on the party's behalf that follows the callback.
                        inner.addRef(channel);
                        kit.channelClosed(channel, reason);
                    }
                };
            }
        };
    }
}
