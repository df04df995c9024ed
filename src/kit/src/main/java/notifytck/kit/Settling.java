package notifytck.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every mechanism's stage waits for the implementation to go quiet: through its quiesce
 * control when it declares one (exact and fast), else by watching the recorded history stay
 * unchanged for the quiet window.
 */
public final class Settling {
    private final String name;
    private final BooleanSupplier canQuiesce;
    private final Function<Duration, Boolean> quiesce;
    private final History<?> history;
    private final Supplier<String> dump;
    private final Supplier<String> stuck;
    /** The history's arrivals and the scenario's actions when the last quiet window ended; -1 when none has. */
    private long quietAtArrivals = -1;
    private int quietAtActions = -1;
    /** How long {@link #awaitOnly} waits for an arrival before it looks at its condition again. */
    private static final long LOOK_AGAIN_NANOS = Duration.ofMillis(5).toNanos();

    /**
     * @param name       the control, for messages (e.g. "MsmqControl.quiesce")
     * @param canQuiesce whether quiesce may be used now
     * @param quiesce    the implementation's quiesce, called with its deadline
     * @param history    what the implementation's callbacks recorded; a quiet window watches its arrivals
     * @param dump       the history, for failure messages
     */
    public Settling(String name, BooleanSupplier canQuiesce, Function<Duration, Boolean> quiesce, History<?> history, Supplier<String> dump) {
        this(name, canQuiesce, quiesce, history, dump, () -> "");
    }

    /**
     * As {@link #Settling(String, BooleanSupplier, Function, History, Supplier)}, for a mechanism
     * whose callbacks call back into the implementation.
     *
     * @param stuck those calls of the kit's callbacks into the implementation that have not
     *              returned, described, or empty: a quiesce that gave up while one is blocked is not
     *              asked again, since more deliveries cannot end it, and the failure names it while
     *              it is still blocked
     */
    public Settling(String name, BooleanSupplier canQuiesce, Function<Duration, Boolean> quiesce, History<?> history, Supplier<String> dump,
            Supplier<String> stuck) {
        this.name = name;
        this.canQuiesce = canQuiesce;
        this.quiesce = quiesce;
        this.history = history;
        this.dump = dump;
        this.stuck = stuck;
    }

    /** One call of an implementation's quiesce control, under a deadline; fails when it did not go quiet. */
    public static void quiesce(String name, Function<Duration, Boolean> quiesce, Supplier<String> dump) {
        if (!quiesceOnce(name, quiesce)) {
            throw notQuiet("", dump);
        }
    }

    /** One call of the quiesce control under its deadline: whether the implementation went quiet. */
    private static boolean quiesceOnce(String name, Function<Duration, Boolean> quiesce) {
        Duration limit = Timeouts.eventually();
        return Boolean.TRUE.equals(Deadline.call(name, limit.plus(Timeouts.call()), () -> quiesce.apply(limit)));
    }

    private static AssertionError notQuiet(String note, Supplier<String> dump) {
        return new AssertionError("the implementation did not quiesce within " + Timeouts.eventually().toMillis() + " ms" + note + "\n" + dump.get());
    }

    /**
     * As {@link #quiesce}, then {@code observations}, all in one hand-off to a kit thread
     * ({@link Deadline#observeEach}): a property quiesces and observes after every step, and each
     * hand-off costs two thread wake-ups. The observations are asked even when the implementation
     * did not go quiet; that still fails, as {@link #quiesce} does.
     */
    public static <T> List<T> quiesceThenObserve(String name, Function<Duration, Boolean> quiesce, Supplier<String> dump,
            List<? extends Supplier<? extends T>> observations) {
        Duration limit = Timeouts.eventually();
        List<Supplier<Object>> calls = new ArrayList<>();
        calls.add(() -> quiesce.apply(limit));
        observations.forEach(o -> calls.add(o::get));
        ScenarioContext.noteAction();
        List<Object> answers = Deadline.each(name + " and " + observations.size() + " observation(s)",
                limit.plus(Timeouts.batch(observations.size())), calls);
        if (!Boolean.TRUE.equals(answers.get(0))) {
            throw notQuiet("", dump);
        }
        @SuppressWarnings("unchecked") // the answers after the first are the observations'
        List<T> observed = (List<T>) (List<?>) answers.subList(1, answers.size());
        return observed;
    }

    /** How many deadlines a quiesce may take in all while callbacks keep arriving. */
    static final int QUIESCE_ROUNDS_WHILE_DELIVERING = 5;

    /**
     * The quiesce control, asked again while the implementation is visibly still delivering: a
     * quiesce that ran out its deadline while callbacks kept arriving is slow, not stuck (a
     * thousand queued notifications let go at once, over the wire on a loaded machine, took more
     * than one deadline). One with no arrival during its deadline, one that gave up while a
     * callback's call into the implementation is blocked, or one still busy after
     * {@link #QUIESCE_ROUNDS_WHILE_DELIVERING} deadlines, fails.
     */
    private void quiesceWhileDelivering() {
        long seen = history.arrivals();
        for (int round = 1; !quiesceOnce(name, quiesce); round++) {
            long now = history.arrivals();
            if (now == seen || round == QUIESCE_ROUNDS_WHILE_DELIVERING || !stuck.get().isEmpty()) {
                throw notQuiet(round > 1 ? " (asked " + round + " times while callbacks kept arriving)" : "", dump);
            }
            seen = now;
        }
    }

    /** Waits until nothing more will happen without the scenario acting. */
    public void settle() {
        if (canQuiesce.getAsBoolean()) {
            quiesceWhileDelivering();
            return;
        }
        // Nothing recorded and nothing done since the last quiet window: it is still quiet, and
        // watching another window would only cost time (twenty checks in a row cost twenty windows).
        int actions = ScenarioContext.actions();
        if (actions >= 0 && actions == quietAtActions && history.arrivals() == quietAtArrivals) {
            return;
        }
        long window = Timeouts.quietWindow().toNanos();
        long start = System.nanoTime();
        long giveUp = start + window + Timeouts.eventually().toNanos();
        long seen = history.arrivals();
        long quietSince = start;
        try {
            // Woken by each arrival rather than polling: a run without quiesce has a few hundred
            // scenarios watching at once, and polling them only costs CPU their own work needs.
            while (true) {
                long now = System.nanoTime();
                long left = quietSince + window - now;
                if (left <= 0) {
                    break;
                }
                if (now - giveUp >= 0) {
                    throw new AssertionError("events kept coming for " + Timeouts.eventually().toMillis() + " ms\n" + dump.get());
                }
                long arrived = history.awaitArrivalAfter(seen, Math.min(left, giveUp - now));
                if (arrived != seen) {
                    seen = arrived;
                    quietSince = System.nanoTime(); // an event restarts the window
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while watching for " + Timeouts.quietWindow().toMillis() + " ms of quiet\n" + dump.get());
        }
        // The count the window saw stay still, not a later one: an event just after the window must still be waited out.
        quietAtArrivals = seen;
        quietAtActions = actions;
    }

    /** Waits for something that must happen, then settles so that extras and duplicates show. */
    public void eventually(String what, BooleanSupplier condition) {
        if (!canQuiesce.getAsBoolean()) {
            awaitOnly(what, condition);
        }
        settle();
        if (!condition.getAsBoolean()) {
            throw new AssertionError("expected " + what + ", but the implementation went quiet without it\n" + dump.get());
        }
    }

    /** Waits for something that must happen, without settling (e.g. while a callback is held). */
    public void awaitOnly(String what, BooleanSupplier condition) {
        try {
            // An arrival wakes this at once; the slice bounds the wait for a condition on something else
            // (a callback's own state, say), which then is looked at again every few milliseconds.
            if (!history.awaitUntil(condition, Timeouts.eventually().toNanos(), LOOK_AGAIN_NANOS)) {
                throw new AssertionError("expected " + what + " within " + Timeouts.eventually().toMillis() + " ms\n" + dump.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what + "\n" + dump.get());
        }
    }
}
