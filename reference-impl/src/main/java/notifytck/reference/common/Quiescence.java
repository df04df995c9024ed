package notifytck.reference.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts units of work accepted but not yet finished, so the kit can judge absence without
 * waiting out a quiet window. The count means "really idle" at zero only if the mechanism counts a
 * unit before it is queued, uncounts it only after it ran (or was dropped), and lets work that
 * causes more work count the new units before it finishes; each mechanism says where it does so.
 */
public final class Quiescence {
    /** The longest wait; a longer deadline is cut to this rather than overflowing nanoTime arithmetic. */
    private static final long LONGEST_WAIT_NANOS = TimeUnit.DAYS.toNanos(365);

    private final AtomicLong outstanding = new AtomicLong();
    /**
     * Threads in {@link #await}. A unit that ends the work takes the lock only when someone waits:
     * a receiver faster than its sender brings the count to zero after nearly every unit.
     */
    private final AtomicInteger waiting = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();

    public void begin() {
        outstanding.incrementAndGet();
    }

    /**
     * Counts {@code units} at once: a sender that queues for many receivers counts them all before
     * the first can run, in one write of the shared count instead of one per receiver.
     */
    public void begin(int units) {
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative, was " + units);
        }
        outstanding.addAndGet(units);
    }

    public void end() {
        end(1);
    }

    /**
     * Uncounts {@code units} that have all finished: a pool thread that ran several reports them
     * together once the last returned, which only ever makes the count later to reach zero.
     */
    public void end(int units) {
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative, was " + units);
        }
        // A waiter counts itself before it reads the count, and this reads the waiters after it wrote the
        // count, so at least one of the two sees the other: no waiter is left waiting for a zero it missed.
        if (outstanding.addAndGet(-units) == 0 && waiting.get() > 0) {
            // Taking the lock orders this signal after any waiter's check of the count.
            lock.lock();
            try {
                idle.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** True once idle; false when {@code deadline} passes first. Never waits longer than that. */
    public boolean await(Duration deadline) {
        long until = System.nanoTime() + budget(deadline);
        waiting.incrementAndGet();
        lock.lock();
        try {
            while (outstanding.get() != 0) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outstanding.get() == 0;
        } finally {
            lock.unlock();
            waiting.decrementAndGet();
        }
    }

    /** A null or negative deadline means "look now": quiesce(null) is a question, not a hang. */
    private static long budget(Duration deadline) {
        if (deadline == null || deadline.isNegative()) {
            return 0;
        }
        try {
            return Math.min(deadline.toNanos(), LONGEST_WAIT_NANOS);
        } catch (ArithmeticException tooLong) {
            return LONGEST_WAIT_NANOS;
        }
    }
}
