package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * An AddRef that overlaps another AddRef through the same pointer is lost, as with a count
 * changed without the channel's lock: sequential callers never see it; the channel is freed while
 * a party that added references from several threads still holds some. A race, found by a blind
 * fault-writing review (round 7).
 */
public final class AddRefLostUnderContention extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-021";
    }

    @Override
    public String fault() {
        return "An AddRef that overlaps another AddRef through the same pointer adds nothing.";
    }

    @Override
    public boolean racy() {
        return true;
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<ChannelRef, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public long addRef(ChannelRef channel) {
                if (channel == null) {
                    return super.addRef(channel);
                }
                AtomicInteger busy = inFlight.computeIfAbsent(channel, c -> new AtomicInteger());
                try {
                    // Another AddRef through this pointer is under way: this one's increment is overwritten.
                    return busy.getAndIncrement() > 0 ? 1 : super.addRef(channel);
                } finally {
                    busy.decrementAndGet();
                }
            }
        };
    }
}
