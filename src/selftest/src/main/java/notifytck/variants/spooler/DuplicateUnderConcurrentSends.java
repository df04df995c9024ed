package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A race between senders: a send that overlaps another on the same channel is queued twice. One
 * sender at a time, as every scenario sends, never shows it.
 */
public final class DuplicateUnderConcurrentSends extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-013";
    }

    @Override
    public String fault() {
        return "Queues a notification twice when its send overlaps another send on the same channel.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.SpoolerOrderingProperties");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                AtomicInteger n = inFlight.computeIfAbsent(channel.channelId(), k -> new AtomicInteger());
                boolean overlapped = n.incrementAndGet() > 1;
                try {
                    HResult r = super.sendNotification(channel, data);
                    // The window stays open a moment after the send, as a slow bookkeeping step would.
                    for (int i = 0; i < 50 && !overlapped; i++) {
                        Thread.onSpinWait();
                        overlapped = n.get() > 1;
                    }
                    if (overlapped && r.succeeded()) {
                        super.sendNotification(channel, data);
                    }
                    return r;
                } finally {
                    n.decrementAndGet();
                }
            }
        };
    }
}
