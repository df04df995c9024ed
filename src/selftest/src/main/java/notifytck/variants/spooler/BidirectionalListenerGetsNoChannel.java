package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Hands listeners of a bidirectional channel no channel to answer on. */
public final class BidirectionalListenerGetsNoChannel extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-008";
    }

    @Override
    public String fault() {
        return "Hands listeners of a bidirectional channel no channel to answer on.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        kit.onEventNotify(null, data);
                    }
                };
            }
        };
    }
}
