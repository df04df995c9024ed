package notifytck.kit;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
