package notifytck.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs parties (a scenario's or a property's) on threads released together, and waits for every
 * one within a budget: a party that hangs in the implementation fails the check with the report,
 * never the run; a party's failure is rethrown as it was.
 */
public final class AllAtOnce {
    /** One party's work. */
    public interface Party {
        void run() throws Exception;
    }

    private AllAtOnce() {}

    /** Each party on a thread of its own. */
    public static void run(String what, List<Party> parties, long budgetMillis, Supplier<String> report) {
        run(what, parties.size(), parties, budgetMillis, report);
    }

    /**
     * The threads parties run on, shared by every run and kept between them: a property's try makes a
     * run, and making and ending a pool of threads per try cost more CPU than the try (thread starts,
     * and the interrupts of a shut-down pool). A party that hangs keeps its thread; the pool makes
     * another for the next.
     */
    private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread th = new Thread(r, "notifytck-party-" + THREADS.incrementAndGet());
        th.setDaemon(true);
        return th;
    });

    /** The parties on {@code threads} threads (fewer threads than parties: the rest wait for a free one). */
    public static void run(String what, int threads, List<Party> parties, long budgetMillis, Supplier<String> report) {
        CountDownLatch start = new CountDownLatch(1);
        Semaphore free = new Semaphore(threads);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (Party p : parties) {
                done.add(POOL.submit(() -> {
                    start.await();
                    free.acquire();
                    try {
                        p.run();
                    } finally {
                        free.release();
                    }
                    return null;
                }));
            }
            start.countDown();
            awaitAll(what, done, budgetMillis, report);
        } finally {
            // A party still waiting to start, or running past the budget, is let go: it must not run into the next check.
            done.forEach(f -> f.cancel(true));
        }
    }

    /**
     * Each party on a thread of its own, released by a spin instead of a latch: every thread is
     * already running when it sees the signal, so the parties' first calls land within a few
     * hundred nanoseconds of one another, where threads woken one by one from a latch start
     * microseconds apart and a race two calls must hit together rarely shows. For a few short
     * parties only: the threads spin (yielding) until the last one has arrived.
     */
    public static void runSpinStarted(String what, List<Party> parties, long budgetMillis, Supplier<String> report) {
        java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean go = new java.util.concurrent.atomic.AtomicBoolean();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (Party p : parties) {
                done.add(POOL.submit(() -> {
                    arrived.incrementAndGet();
                    for (int spins = 0; !go.get(); spins++) {
                        if (Thread.currentThread().isInterrupted()) {
                            return null; // cancelled before the release: the run is over
                        }
                        if ((spins & 0xFF) == 0) {
                            Thread.yield(); // on two cores the others must get their turn to arrive
                        } else {
                            Thread.onSpinWait();
                        }
                    }
                    p.run();
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
            while (arrived.get() < parties.size() && System.nanoTime() < deadline) {
                Thread.yield();
            }
            go.set(true);
            awaitAll(what, done, budgetMillis, report);
        } finally {
            go.set(true);
            done.forEach(f -> f.cancel(true));
        }
    }

    private static void awaitAll(String what, List<Future<?>> done, long budgetMillis, Supplier<String> report) {
        for (Future<?> f : done) {
            try {
                f.get(budgetMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("a " + what + " did not finish within " + budgetMillis + " ms:\n" + report.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new AssertionError(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while the " + what + "s ran");
            }
        }
    }
}
