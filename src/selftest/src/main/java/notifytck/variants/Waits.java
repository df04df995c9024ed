package notifytck.variants;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a variant waits on its own threads (what it holds back, what it set aside): a bounded wait,
 * so a variant that goes wrong cannot hang the kit. Variants are implementations: they wait the
 * way an implementation would, by parking, not through a test library.
 */
public final class Waits {
    private Waits() {}

    /** The deadline {@code limit} from now, for several waits that share it. */
    public static long deadline(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }

    /** Waits until {@code done} holds or {@code deadline} (a {@link System#nanoTime()}) passes. */
    public static void until(long deadline, BooleanSupplier done) {
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
