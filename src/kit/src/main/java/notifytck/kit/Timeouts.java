package notifytck.kit;

import java.time.Duration;

/**
 * Every wait the kit makes, one named value per purpose, overridable by system property. "Must
 * happen within" and "must not happen within" are separate values on purpose: a long positive
 * window makes failures slow, a long negative window makes passes slow, and neither should force
 * the other.
 */
public final class Timeouts {
    private Timeouts() {}

    /** How long something the documents promise may take to happen (notifications, closes). */
    public static Duration eventually() {
        return read("notifytck.timeout.eventually", 5_000);
    }

    /** How long the kit watches for something that must NOT happen, when the SUT cannot quiesce. */
    public static Duration quietWindow() {
        return read("notifytck.timeout.quiet", 500);
    }

    /** How long one call into the implementation may take before the kit gives up on it. */
    public static Duration call() {
        return read("notifytck.timeout.call", 5_000);
    }

    /**
     * How long starting an instance may take (an implementation's start(); over the wire, a program
     * launched and answering hello). Apart from {@link #call()}: a JVM or an interpreter coming up,
     * several at once on a busy machine, takes seconds where a call takes milliseconds, and a short
     * call deadline should not make a slow start look like a hang.
     */
    public static Duration start() {
        return read("notifytck.timeout.start", 30_000);
    }

    /**
     * How long a batch of {@code calls} calls made under one deadline may take: one call deadline and
     * a hundredth of one per call. Over the wire on a loaded machine a thousand calls of a few hundred
     * microseconds each outran a single deadline; a hang still shows, within the batch's bound.
     */
    public static Duration batch(int calls) {
        return call().plus(call().multipliedBy(calls).dividedBy(100));
    }

    /** How long a callback the kit is holding waits to be let go before it gives up by itself. */
    public static Duration hold() {
        return read("notifytck.timeout.hold", 10_000);
    }

    private static Duration read(String property, long defaultMillis) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            return Duration.ofMillis(defaultMillis);
        }
        try {
            long ms = Long.parseLong(v.trim());
            if (ms <= 0) {
                throw new NumberFormatException("not positive");
            }
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + property + " must be a positive number of milliseconds, was '" + v + "'");
        }
    }
}
