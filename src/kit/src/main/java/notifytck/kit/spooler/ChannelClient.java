package notifytck.kit.spooler;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * One party's channel pointer, used the way the "Notification Channel" page tells callers to use
 * it. Every call goes through here so the kit cannot break those rules by accident:
 * nothing after the pointer's ChannelClosed callback has returned (REQ-SPOOL-CHAN-026), no
 * CloseChannel or Release from inside ChannelClosed (REQ-SPOOL-CHAN-029), and the foreground and
 * the callback claim CloseChannel and the last Release with compare-and-set so they never overlap
 * (REQ-SPOOL-CHAN-027).
 */
public final class ChannelClient {
    private static final ThreadLocal<Boolean> IN_CHANNEL_CLOSED = ThreadLocal.withInitial(() -> false);

    private final SpoolerAdapter adapter;
    private final ChannelRef ref;
    /** References this party holds as the kit counts them. */
    private final AtomicInteger references = new AtomicInteger(1);
    /** Set while a CloseChannel or a final Release is in flight: they exclude each other. */
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    public ChannelClient(SpoolerAdapter adapter, ChannelRef ref) {
        this.adapter = adapter;
        this.ref = ref;
    }

    public ChannelRef ref() {
        return ref;
    }

    static void enterChannelClosed() {
        IN_CHANNEL_CLOSED.set(true);
    }

    static void leaveChannelClosed() {
        IN_CHANNEL_CLOSED.set(false);
    }

    /** The pointer's ChannelClosed callback has returned: the spooler released it on our behalf. */
    public void channelClosedReturned() {
        finished.set(true);
    }

    /** References this party holds, as the kit counts them. */
    public int references() {
        return references.get();
    }

    public boolean isFinished() {
        return finished.get() || references.get() <= 0;
    }

    public HResult send(NotificationData data) {
        usable("SendNotification");
        return answered("SendNotification", adapter.sendNotification(ref, data));
    }

    /** Every call of the channel returns an HRESULT, whatever the documents leave its value to be: null is none. */
    private static HResult answered(String call, HResult r) {
        if (r == null) {
            throw new AssertionError(call + " returned no HRESULT (null)");
        }
        return r;
    }

    public HResult close(NotificationData reason) {
        usable("CloseChannel");
        notInChannelClosed("CloseChannel");
        claim("CloseChannel");
        try {
            return answered("CloseChannel", adapter.closeChannel(ref, reason));
        } finally {
            claimed.set(false);
        }
    }

    public long addRef() {
        usable("AddRef");
        long n = adapter.addRef(ref);
        references.incrementAndGet();
        return n;
    }

    public long release() {
        usable("Release");
        notInChannelClosed("Release");
        boolean last = references.get() == 1;
        if (last) {
            claim("the last Release");
        }
        try {
            long n = adapter.release(ref);
            references.decrementAndGet();
            return n;
        } finally {
            if (last) {
                claimed.set(false);
            }
        }
    }

    public HResult queryInterface(UUID iid) {
        usable("QueryInterface");
        HResult r = adapter.queryInterface(ref, iid);
        if (r.succeeded()) {
            references.incrementAndGet();
        }
        return r;
    }

    private void usable(String call) {
        if (finished.get()) {
            throw new CallerObligationBreach("REQ-SPOOL-CHAN-026", call + " through " + ref.handle()
                    + " after its ChannelClosed callback returned");
        }
        if (references.get() <= 0) {
            throw new CallerObligationBreach("REQ-SPOOL-CHAN-030", call + " through " + ref.handle()
                    + " after its last reference was released");
        }
    }

    private static void notInChannelClosed(String call) {
        if (IN_CHANNEL_CLOSED.get()) {
            throw new CallerObligationBreach("REQ-SPOOL-CHAN-029", call + " from inside a ChannelClosed callback");
        }
    }

    private void claim(String call) {
        if (!claimed.compareAndSet(false, true)) {
            throw new CallerObligationBreach("REQ-SPOOL-CHAN-027", call + " through " + ref.handle()
                    + " while the other thread of the same party is closing or releasing it");
        }
    }
}
