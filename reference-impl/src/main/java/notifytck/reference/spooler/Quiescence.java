package notifytck.reference.spooler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts deliveries accepted but not yet finished (delivered, discarded or dropped), so the kit can
 * judge absence without waiting out a quiet window. A delivery is counted before it is queued and
 * uncounted only after its callback returned, and a callback that sends counts its own deliveries
 * before it returns, so the count reaches zero only when the system is really idle.
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
        long budget = deadline == null || deadline.isNegative() ? 0 : saturatedNanos(deadline);
        long until = System.nanoTime() + budget;
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

    private static long saturatedNanos(Duration d) {
        try {
            return Math.min(d.toNanos(), TimeUnit.DAYS.toNanos(365));
        } catch (ArithmeticException tooLong) {
            return TimeUnit.DAYS.toNanos(365);
        }
    }
}
