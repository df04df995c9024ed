package notifytck.reference.spooler;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads every callback runs on. Fixed and started up front so the thread count does not
 * grow with channels, listeners or registrations; daemon so a forgotten system cannot keep the JVM
 * alive. What it runs are lanes, never single deliveries: at most one task per receiving callback
 * is ever queued here.
 */
final class DeliveryPool implements Executor {
    static final String THREAD_NAME_PREFIX = "ref-spooler-delivery-";

    private final ThreadPoolExecutor executor;
    private final AtomicInteger threadsStarted = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    DeliveryPool(int threads) {
        this.executor = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), this::newThread);
        executor.prestartAllCoreThreads();
    }

    private Thread newThread(Runnable r) {
        Thread t = new Thread(r, THREAD_NAME_PREFIX + threadsStarted.incrementAndGet());
        t.setDaemon(true);
        threads.add(t);
        return t;
    }

    @Override
    public void execute(Runnable lane) {
        executor.execute(lane);
    }

    /** Threads created over the pool's life: stays at the pool size unless a thread died. */
    int threadsStarted() {
        return threadsStarted.get();
    }

    boolean isPoolThread(Thread t) {
        return threads.contains(t);
    }

    /** Interrupts running callbacks and hands back the lanes that never started. */
    List<Runnable> shutdownNow() {
        return executor.shutdownNow();
    }

    boolean awaitTermination(Duration timeout) {
        try {
            return executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return executor.isTerminated();
        }
    }
}
