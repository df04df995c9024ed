package notifytck.variants.spooler;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A granted QueryInterface that overlaps an AddRef through the same pointer loses its reference, as
 * with a query that counts outside the channel's lock: AddRefs alone from many threads, and queries
 * made one after another, never show it; the channel is freed while a party that queried and added
 * references from several threads still holds some. The shape of blind round 20's spooler-qi-unsync.
 */
public final class QueryLostBesideAddRef extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-014";
    }

    @Override
    public String fault() {
        return "A granted QueryInterface that overlaps an AddRef through the same pointer adds no reference.";
    }

    @Override
    public boolean racy() {
        return true;
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<ChannelRef, AtomicInteger> addingRefs = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public long addRef(ChannelRef channel) {
                if (channel == null) {
                    return super.addRef(channel);
                }
                AtomicInteger busy = addingRefs.computeIfAbsent(channel, c -> new AtomicInteger());
                busy.incrementAndGet();
                try {
                    return super.addRef(channel);
                } finally {
                    busy.decrementAndGet();
                }
            }

            @Override
            public HResult queryInterface(ChannelRef channel, UUID iid) {
                HResult r = super.queryInterface(channel, iid);
                AtomicInteger busy = channel == null ? null : addingRefs.get(channel);
                if (r != null && r.succeeded() && busy != null && busy.get() > 0) {
                    super.release(channel); // the query's increment was overwritten by the AddRef beside it
                }
                return r;
            }
        };
    }
}
