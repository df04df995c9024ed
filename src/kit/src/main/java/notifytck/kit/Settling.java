package notifytck.kit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * How every mechanism's stage waits for the implementation to go quiet: through its quiesce
 * control when it declares one (exact and fast), else by watching the recorded history stay
 * unchanged for the quiet window.
 */
public final class Settling {
    private final String name;
    private final BooleanSupplier canQuiesce;
    private final Function<Duration, Boolean> quiesce;
    private final IntSupplier recorded;
    private final Supplier<String> dump;
    /** The history's size and the scenario's actions when the last quiet window ended; -1 when none has. */
    private int quietAtRecorded = -1;
    private int quietAtActions = -1;

    /**
     * @param name       the control, for messages (e.g. "MsmqControl.quiesce")
     * @param canQuiesce whether quiesce may be used now
     * @param quiesce    the implementation's quiesce, called with its deadline
     * @param recorded   how many events the history holds
     * @param dump       the history, for failure messages
     */
    public Settling(String name, BooleanSupplier canQuiesce, Function<Duration, Boolean> quiesce, IntSupplier recorded, Supplier<String> dump) {
        this.name = name;
        this.canQuiesce = canQuiesce;
        this.quiesce = quiesce;
        this.recorded = recorded;
        this.dump = dump;
    }

    /** One call of an implementation's quiesce control, under a deadline; fails when it did not go quiet. */
    public static void quiesce(String name, Function<Duration, Boolean> quiesce, Supplier<String> dump) {
        Duration limit = Timeouts.eventually();
        boolean quiet = Deadline.call(name, limit.plus(Timeouts.call()), () -> quiesce.apply(limit));
        if (!quiet) {
            throw new AssertionError("the implementation did not quiesce within " + limit.toMillis() + " ms\n" + dump.get());
        }
    }

    /** Waits until nothing more will happen without the scenario acting. */
    public void settle() {
        if (canQuiesce.getAsBoolean()) {
            quiesce(name, quiesce, dump);
            return;
        }
        // Nothing recorded and nothing done since the last quiet window: it is still quiet, and
        // watching another window would only cost time (twenty checks in a row cost twenty windows).
        int actions = ScenarioContext.actions();
        if (actions >= 0 && actions == quietAtActions && recorded.getAsInt() == quietAtRecorded) {
            return;
        }
        AtomicInteger seen = new AtomicInteger(-1);
        Duration quiet = Timeouts.quietWindow();
        try {
            // Polled on this thread: a run without quiesce has a few hundred scenarios waiting at once,
            // and a polling thread per wait only costs CPU the scenarios' own work needs.
            await().pollInSameThread().during(quiet).atMost(quiet.plus(Timeouts.eventually())).pollInterval(Duration.ofMillis(5))
                    .until(() -> seen.getAndSet(recorded.getAsInt()) == recorded.getAsInt());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("events kept coming for " + Timeouts.eventually().toMillis() + " ms\n" + dump.get());
        }
        // The count the window saw stay still, not a later one: an event just after the window must still be waited out.
        quietAtRecorded = seen.get();
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
            await().pollInSameThread().atMost(Timeouts.eventually()).pollInterval(Duration.ofMillis(5)).pollDelay(Duration.ZERO).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("expected " + what + " within " + Timeouts.eventually().toMillis() + " ms\n" + dump.get());
        }
    }
}
