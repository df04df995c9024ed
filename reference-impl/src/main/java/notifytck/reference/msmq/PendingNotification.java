package notifytck.reference.msmq;

import java.util.Comparator;
import notifytck.spi.msmq.MsmqEvent;

/**
 * One successful EnableNotification call still waiting for its outcome. It is an entry in its
 * queue's wait list and, for a finite timeout, in the timer queue; it owns no thread. Whichever of
 * "a suitable message" and "the timeout expired" takes it out of the wait list first decides its
 * single event, under the queue's lock.
 */
final class PendingNotification {
    /** Timer order: due time, then call order, so equal deadlines fire in the order they were set. */
    static final Comparator<PendingNotification> BY_DUE =
            Comparator.comparingLong(PendingNotification::dueNanos).thenComparingLong(PendingNotification::sequence);

    private final long sequence;
    private final QueueObject target;
    private final MsmqEvent event;
    private final CursorAction action;
    private final ReceiveTimeout timeout;
    /** Set once, by the timer queue, before the entry is ordered by it. */
    private long dueNanos = Long.MAX_VALUE;

    PendingNotification(long sequence, QueueObject target, MsmqEvent event, CursorAction action, ReceiveTimeout timeout) {
        this.sequence = sequence;
        this.target = target;
        this.event = event;
        this.action = action;
        this.timeout = timeout;
    }

    long sequence() {
        return sequence;
    }

    QueueObject target() {
        return target;
    }

    MessageQueue queue() {
        return target.queue();
    }

    MsmqEvent event() {
        return event;
    }

    CursorAction action() {
        return action;
    }

    ReceiveTimeout timeout() {
        return timeout;
    }

    boolean isTimed() {
        return !timeout.isInfinite() && !timeout.isZero();
    }

    long dueNanos() {
        return dueNanos;
    }

    void setDue(long nanos) {
        dueNanos = nanos;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + action + " on " + target + ", timeout " + timeout;
    }
}
