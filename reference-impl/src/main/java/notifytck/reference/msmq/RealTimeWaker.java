package notifytck.reference.msmq;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Makes real-time timeouts fire by themselves: one scheduled thread, armed for the earliest due
 * time only. Later timers need no task of their own; each firing re-arms for whatever is earliest
 * then, so the number of tasks stays at one however many notifications wait.
 */
final class RealTimeWaker implements TimerQueue.Waker {
    static final String THREAD_NAME = "ref-msmq-timer";

    private final Clock clock;
    private final TimerQueue timers;
    private final Expiry expiry;
    private final ScheduledThreadPoolExecutor executor;
    private ScheduledFuture<?> armed;
    private long armedFor = TimerQueue.NONE;

    RealTimeWaker(Clock clock, TimerQueue timers, Expiry expiry) {
        this.clock = clock;
        this.timers = timers;
        this.expiry = expiry;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.prestartAllCoreThreads();
    }

    /** Called under the timer queue's monitor; takes only its own. */
    @Override
    public synchronized void wakeAt(long dueNanos) {
        if (armed != null && armedFor <= dueNanos) {
            return;
        }
        if (armed != null) {
            armed.cancel(false);
        }
        armedFor = dueNanos;
        try {
            armed = executor.schedule(this::fire, Math.max(0, dueNanos - clock.nowNanos()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            armed = null;
            armedFor = TimerQueue.NONE;
        }
    }

    private void fire() {
        synchronized (this) {
            // From here on a new earlier timer must arm a task of its own: this one is finishing.
            armed = null;
            armedFor = TimerQueue.NONE;
        }
        expiry.expireDue();
        long next = timers.earliestDue();
        if (next != TimerQueue.NONE) {
            wakeAt(next);
        }
    }

    void close(Duration grace) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
