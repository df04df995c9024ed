package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Calls OnEventNotify twice for every notification. */
public final class DuplicateDelivery extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-013";
    }

    @Override
    public String fault() {
        return "Calls OnEventNotify twice for every notification.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        kit.onEventNotify(channel, data);
                        kit.onEventNotify(channel, data);
                    }
                };
            }
        };
    }
}
