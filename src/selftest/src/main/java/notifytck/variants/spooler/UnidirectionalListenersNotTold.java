package notifytck.variants.spooler;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Tells a listener of a unidirectional channel nothing when the channel closes: such a listener
 * "receives only the notification". Listeners that were handed a channel to answer on
 * (bidirectional) are still told.
 */
public final class UnidirectionalListenersNotTold extends SpoolerDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Does not tell listeners of a unidirectional channel that it closed.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-CHAN-035");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                NotifyCallback kit = r.callback();
                Set<ChannelRef> handed = ConcurrentHashMap.newKeySet();
                NotifyCallback listener = new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        if (channel != null) {
                            handed.add(channel);
                        }
                        super.onEventNotify(channel, data);
                    }

                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        if (channel != null && handed.contains(channel)) {
                            super.channelClosed(channel, reason);
                        }
                    }
                };
                return super.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), listener));
            }
        };
    }
}
