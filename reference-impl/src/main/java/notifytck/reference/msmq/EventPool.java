package notifytck.reference.msmq;

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
 * The few threads every event handler runs on. Fixed and started up front so that the thread
 * count does not grow with queues, queue objects or pending notifications; daemon so that a
 * forgotten instance cannot keep the JVM alive. It runs lanes, never single events.
 */
final class EventPool implements Executor {
    static final String THREAD_NAME_PREFIX = "ref-msmq-events-";

    private final ThreadPoolExecutor executor;
    private final AtomicInteger threadsStarted = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    EventPool(int size) {
        this.executor = new ThreadPoolExecutor(size, size, 0L, TimeUnit.MILLISECONDS,
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

    int threadsStarted() {
        return threadsStarted.get();
    }

    boolean isPoolThread(Thread t) {
        return threads.contains(t);
    }

    /** Interrupts running handlers and hands back the lanes that never started. */
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
