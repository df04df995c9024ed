package notifytck.reference.rpc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One notification due to the server. It is either started by its lane or dropped (by an
 * unsubscription, the end of the call or shutdown), never both: the one atomic step from
 * PENDING decides it, so a notification counted as dropped in NotificationsQueued never runs,
 * and exactly one party uncounts it from quiescence.
 */
final class Delivery {
    private static final int PENDING = 0;
    private static final int STARTED = 1;
    private static final int DROPPED = 2;

    private final ServerCall call;
    private final NotificationKind kind;
    private final NotificationMethod method;
    private final AtomicInteger state = new AtomicInteger(PENDING);

    Delivery(ServerCall call, NotificationKind kind, NotificationMethod method) {
        this.call = call;
        this.kind = kind;
        this.method = method;
    }

    Object laneKey() {
        return method.laneKey(call);
    }

    /** True if this caller is the one to deliver it. */
    boolean start() {
        return state.compareAndSet(PENDING, STARTED);
    }

    /** True if it was still pending and now never will be delivered. */
    boolean drop() {
        return state.compareAndSet(PENDING, DROPPED);
    }

    void deliver() {
        method.deliver(kind, call.ref());
    }

    @Override
    public String toString() {
        return kind + " of " + call.ref().id() + " by " + method.getClass().getSimpleName();
    }
}
