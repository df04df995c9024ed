package notifytck.reference.spooler;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;

/**
 * Resolves the handles callers present to the pointers behind them, and counts channel objects.
 * A freed channel's handles are forgotten; they stay recognisable as ours by their shape and
 * sequence number, so a late call through one answers CHANNEL_ALREADY_CLOSED while a handle that
 * was never issued answers E_INVALIDARG.
 */
final class Channels {
    /** A pointer, or why there is none. */
    record Lookup(ChannelPointer pointer, Channel channel, HResult failure) {
        boolean found() {
            return pointer != null;
        }
    }

    private final String prefix;
    private final int max;
    private final AtomicLong channelsIssued = new AtomicLong();
    private final AtomicLong pointersIssued = new AtomicLong();
    private final AtomicInteger live = new AtomicInteger();
    private final ConcurrentHashMap<String, Entry> byHandle = new ConcurrentHashMap<>();

    private record Entry(ChannelPointer pointer, Channel channel) {}

    Channels(String spoolerTag, int max) {
        this.prefix = spoolerTag + "/c";
        this.max = max;
    }

    /** Counts a channel object before it exists, so the limit holds under concurrent opens. */
    boolean reserve() {
        while (true) {
            int now = live.get();
            if (now >= max) {
                return false;
            }
            if (live.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    String newChannelId() {
        return prefix + channelsIssued.incrementAndGet();
    }

    ChannelRef newRef(String channelId) {
        return new ChannelRef(channelId + "/p" + pointersIssued.incrementAndGet(), channelId);
    }

    /** Makes a pointer reachable by its handle; done only once its channel is fully built. */
    void publish(ChannelPointer pointer, Channel channel) {
        byHandle.put(pointer.ref().handle(), new Entry(pointer, channel));
    }

    Lookup find(ChannelRef ref) {
        if (ref == null) {
            return new Lookup(null, null, Results.E_POINTER);
        }
        Entry e = byHandle.get(ref.handle());
        if (e != null) {
            return e.pointer().ref().equals(ref)
                    ? new Lookup(e.pointer(), e.channel(), null)
                    : new Lookup(null, null, Results.E_INVALIDARG);
        }
        return wasIssued(ref) ? new Lookup(null, null, Results.CHANNEL_ALREADY_CLOSED)
                : new Lookup(null, null, Results.E_INVALIDARG);
    }

    /** Called once per channel, when its last pointer reached zero. */
    void freed(Collection<ChannelPointer> pointers) {
        for (ChannelPointer p : pointers) {
            byHandle.remove(p.ref().handle());
        }
        live.decrementAndGet();
    }

    /** A channel that was reserved but never came to exist. */
    void unreserve() {
        live.decrementAndGet();
    }

    int live() {
        return live.get();
    }

    private boolean wasIssued(ChannelRef ref) {
        String id = ref.channelId();
        String handle = ref.handle();
        if (!id.startsWith(prefix) || !handle.startsWith(id + "/p")) {
            return false;
        }
        long channel = number(id.substring(prefix.length()));
        long pointer = number(handle.substring(id.length() + 2));
        return channel >= 1 && channel <= channelsIssued.get() && pointer >= 1 && pointer <= pointersIssued.get();
    }

    private static long number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(digits);
    }
}
