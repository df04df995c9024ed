package notifytck.reference.msmq;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts events decided but whose handler has not yet returned (or that were dropped at close).
 * A handler that re-enables notification decides its next event before it returns, so the count
 * reaches zero only when the system is really idle.
 */
final class Quiescence {
    private final AtomicLong outstanding = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();

    void begin() {
        outstanding.incrementAndGet();
    }

    void end() {
        if (outstanding.decrementAndGet() == 0) {
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
    boolean await(Duration deadline) {
        long until = System.nanoTime() + budget(deadline);
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
        }
    }

    /** A null or negative deadline means "look now"; an absurdly long one is capped, not overflowed. */
    static long budget(Duration deadline) {
        if (deadline == null || deadline.isNegative()) {
            return 0;
        }
        try {
            return Math.min(deadline.toNanos(), TimeUnit.DAYS.toNanos(365));
        } catch (ArithmeticException tooLong) {
            return TimeUnit.DAYS.toNanos(365);
        }
    }
}
