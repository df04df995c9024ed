package notifytck.variants.spooler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Tells one listener that a bidirectional channel closed, the first it reaches, and no other, as a
 * spooler that keeps "the" listener of a conversation would. With one listener, or when the closer
 * is the only other one, nothing shows. Only the spooler model's property caught it until the
 * scenario of two closers at once, whose channels have 200 more listeners, joined REQ-SPOOL-CHAN-018.
 */
public final class CloseToldToOneListener extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "Tells only the first listener reached that a bidirectional channel closed; the others never hear of it.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<String> told = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                NotifyCallback kit = r.callback();
                NotifyCallback first = new ForwardingCallback(kit) {
                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        if (channel == null || told.add(channel.channelId())) {
                            kit.channelClosed(channel, reason);
                        }
                    }
                };
                return inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), first));
            }
        };
    }
}
