package notifytck.kit;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a call into the implementation on a kit thread and gives up on it after a deadline, so a
 * hung implementation fails the scenario instead of hanging the kit. Threads that never come back
 * are daemons and are abandoned.
 */
public final class Deadline {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService CALLERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "notifytck-caller-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Deadline() {}

    /** Thrown when the implementation did not return in time. */
    public static final class Missed extends AssertionError {
        public Missed(String message) {
            super(message);
        }
    }

    public static <T> T call(String what, Duration limit, Supplier<T> call) {
        ScenarioContext.noteAction();
        return run(what, limit, call);
    }

    /** Starts an instance of {@code implementation}, within {@link Timeouts#start()}. */
    public static notifytck.spi.SystemUnderTest start(notifytck.spi.NotificationImplementation implementation) {
        return call(implementation.name() + ".start()", Timeouts.start(), implementation::start);
    }

    /**
     * A call the SPI defines as an observation (it changes nothing: a token held, a cursor, the
     * queue's messages, live channel objects). Unlike {@link #call} it does not count as the
     * scenario acting, so asking one between two waits for quiet does not cost another quiet window.
     */
    public static <T> T observe(String what, Supplier<T> call) {
        return run(what, Timeouts.call(), call);
    }

    /**
     * Several observations in one hand-off to a kit thread, in order, under one deadline for the
     * batch ({@link Timeouts#batch}). A property compares every observable after every step, and
     * a hand-off is two thread wake-ups, which cost more than the observations themselves: asked
     * one by one, a queue's cursors and a client's tokens were most of a property's CPU. One that
     * hangs is named, with its place in the batch; one that throws ends the batch with its throw.
     */
    public static <T> List<T> observeEach(String what, List<? extends Supplier<? extends T>> calls) {
        return each(what, Timeouts.batch(calls.size()), calls);
    }

    /** As {@link #observeEach}, under {@code limit}. */
    static <T> List<T> each(String what, Duration limit, List<? extends Supplier<? extends T>> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        // When each call returned, so that a miss names the first one still out at the deadline,
        // however far the kit thread gets once it is interrupted.
        AtomicLongArray returnedAt = new AtomicLongArray(calls.size());
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            return run(what, limit, () -> {
                List<T> out = new ArrayList<>(calls.size());
                for (int i = 0; i < calls.size(); i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("abandoned: " + what + " missed its deadline");
                    }
                    out.add(calls.get(i).get());
                    returnedAt.set(i, System.nanoTime());
                }
                return out;
            });
        } catch (Missed m) {
            if (Thread.currentThread().isInterrupted()) {
                throw m; // the waiting thread was interrupted: no call missed the deadline
            }
            int out = 0;
            while (out < calls.size() - 1 && returnedAt.get(out) != 0 && returnedAt.get(out) - deadline < 0) {
                out++;
            }
            throw new Missed(what + " (call " + (out + 1) + " of the " + calls.size() + " asked at once) did not return within "
                    + limit.toMillis() + " ms");
        }
    }

    private static <T> T run(String what, Duration limit, Supplier<T> call) {
        Future<T> f = CALLERS.submit(call::get);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Missed(what + " did not return within " + limit.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Missed(what + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(what + " threw " + cause, cause);
        }
    }

    public static <T> T call(String what, Supplier<T> call) {
        return call(what, Timeouts.call(), call);
    }
}
