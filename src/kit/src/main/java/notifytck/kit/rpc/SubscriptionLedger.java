package notifytck.kit.rpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The subscriptions the kit's server holds, per call, so that it keeps the document's caller
 * obligations: it never completes or aborts a call that is still subscribed (REQ-RPC-NOTIFY-011),
 * and its subscribe and unsubscribe calls on one binding handle never overlap (REQ-RPC-NOTIFY-019).
 */
public final class SubscriptionLedger {
    private final Map<String, Integer> bitsByCall = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> bindingLocks = new ConcurrentHashMap<>();

    /** The lock the kit holds around subscribe and unsubscribe on {@code binding}. */
    public ReentrantLock lockFor(String binding) {
        return bindingLocks.computeIfAbsent(binding, b -> new ReentrantLock());
    }

    public void subscribed(String call, int bits) {
        bitsByCall.merge(call, bits, (a, b) -> a | b);
    }

    public void unsubscribed(String call, int bits) {
        bitsByCall.computeIfPresent(call, (c, held) -> (held & ~bits) == 0 ? null : held & ~bits);
    }

    /** Throws when ending {@code call} now would break REQ-RPC-NOTIFY-011. */
    public void mayEnd(String call) {
        Integer held = bitsByCall.get(call);
        if (held != null) {
            throw new IllegalStateException("kit defect: about to end call " + call + " while still subscribed for notification bits "
                    + held + " (the caller's obligation REQ-RPC-NOTIFY-011)");
        }
    }
}
