package notifytck.reference.msmq;

import java.util.TreeSet;

/**
 * The one timer structure of a queue manager: every pending notification with a finite timeout,
 * ordered by due time. A sorted set rather than a heap so that a notification that got its
 * message leaves in O(log n) instead of lingering until its time comes. Due times are computed
 * here, under this monitor, from the same clock reading that {@link #advance} moves, so a timer
 * is never set against a time that has already passed it by.
 */
final class TimerQueue {
    /** Told when the earliest due time may have moved earlier, so a real-time waker can re-arm. */
    interface Waker {
        void wakeAt(long dueNanos);
    }

    static final long NONE = Long.MAX_VALUE;

    private final Clock clock;
    private final TreeSet<PendingNotification> byDue = new TreeSet<>(PendingNotification.BY_DUE);
    private Waker waker = due -> { };

    TimerQueue(Clock clock) {
        this.clock = clock;
    }

    synchronized void setWaker(Waker waker) {
        this.waker = waker;
    }

    /** Due at the call's time plus its ReceiveTimeout: "exactly T from the call". */
    synchronized void schedule(PendingNotification p) {
        long now = clock.nowNanos();
        long due = now + p.timeout().nanos();
        p.setDue(due < now ? NONE - 1 : due);
        byDue.add(p);
        if (byDue.first() == p) {
            waker.wakeAt(p.dueNanos());
        }
    }

    synchronized void cancel(PendingNotification p) {
        if (p.isTimed()) {
            byDue.remove(p);
        }
    }

    /** The earliest timer due at or before now, taken off the queue; null when none is due. */
    synchronized PendingNotification pollDue() {
        if (byDue.isEmpty() || byDue.first().dueNanos() > clock.nowNanos()) {
            return null;
        }
        return byDue.pollFirst();
    }

    synchronized long earliestDue() {
        return byDue.isEmpty() ? NONE : byDue.first().dueNanos();
    }

    synchronized void advance(VirtualClock virtual, long byNanos) {
        virtual.advance(byNanos);
    }

    synchronized int size() {
        return byDue.size();
    }
}
