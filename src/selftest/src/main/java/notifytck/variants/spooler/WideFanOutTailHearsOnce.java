package notifytck.variants.spooler;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A fan-out that hands its listeners to the delivery threads in chunks of 256 and hands a chunk
 * beyond the first over only once per channel (a list of handed-over lanes never cleared): the
 * listeners registered after the 256th on a printer hear the first notification of a channel and
 * nothing after it. Below that width nothing shows.
 */
public final class WideFanOutTailHearsOnce extends SpoolerDecorator implements FaultyVariant {
    static final int CHUNK = 256;

    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-015";
    }

    @Override
    public String fault() {
        return "Listeners registered on a printer after its 256th hear only the first notification of each channel.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<String, AtomicInteger> perName = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                if (perName.computeIfAbsent(r.name(), k -> new AtomicInteger()).incrementAndGet() <= CHUNK) {
                    return inner.registerForPrintAsyncNotifications(caller, r);
                }
                NotifyCallback kit = r.callback();
                Set<String> heard = ConcurrentHashMap.newKeySet();
                NotifyCallback tail = new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        // Which channel: by pointer when there is one; a unidirectional channel's listeners share one key.
                        if (heard.add(channel == null ? "(no channel)" : channel.channelId())) {
                            kit.onEventNotify(channel, data);
                        }
                    }
                };
                return inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), tail));
            }
        };
    }
}
