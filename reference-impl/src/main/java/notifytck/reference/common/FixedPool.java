package notifytck.reference.common;

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
 * The few threads a mechanism runs its clients' code on. Fixed and started up front so that the
 * thread count does not grow with the mechanism's objects (channels, queues, registrations...);
 * daemon so that a forgotten instance cannot keep the JVM alive. It is meant to run
 * {@link SerialLane lanes}, not single units of work, so that at most one task per receiver is
 * ever queued here.
 */
public final class FixedPool implements Executor {
    private final String threadNamePrefix;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger threadsStarted = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** Threads are named {@code threadNamePrefix} and a count from 1, so a stack dump tells whose they are. */
    public FixedPool(String threadNamePrefix, int size) {
        this.threadNamePrefix = threadNamePrefix;
        this.executor = new ThreadPoolExecutor(size, size, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), this::newThread);
        executor.prestartAllCoreThreads();
    }

    private Thread newThread(Runnable r) {
        Thread t = new Thread(r, threadNamePrefix + threadsStarted.incrementAndGet());
        t.setDaemon(true);
        threads.add(t);
        return t;
    }

    /** Throws {@link java.util.concurrent.RejectedExecutionException} once shut down. */
    @Override
    public void execute(Runnable lane) {
        executor.execute(lane);
    }

    /** How many threads the pool runs: as many tasks as can run at once. */
    public int size() {
        return executor.getCorePoolSize();
    }

    /** Threads created over the pool's life: stays at the pool size unless a thread died. */
    public int threadsStarted() {
        return threadsStarted.get();
    }

    /** True for this pool's threads: the only ones client code may be called on. */
    public boolean isPoolThread(Thread t) {
        return threads.contains(t);
    }

    /** Interrupts running work and hands back the tasks that never started. */
    public List<Runnable> shutdownNow() {
        return executor.shutdownNow();
    }

    /** Bounded, so a client's code that ignores the interrupt cannot hang close. */
    public boolean awaitTermination(Duration timeout) {
        try {
            return executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return executor.isTerminated();
        }
    }
}
