package notifytck.kit;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Set;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/**
 * The running scenario: its tags, the implementation and the instance started for it. Cucumber
 * makes new step objects per scenario but shares nothing between them, so the hooks publish the
 * context here for the thread that runs the scenario.
 */
public final class ScenarioContext {
    private static final ThreadLocal<ScenarioContext> CURRENT = new ThreadLocal<>();

    private final String name;
    private final Set<String> tags;
    private final NotificationImplementation implementation;
    private final SystemUnderTest sut;
    private final Closer closer = new Closer();
    private final Map<Class<?>, Object> stages = new ConcurrentHashMap<>();
    private volatile notifytck.spi.HResult lastResult;
    /** Every call the kit made into the implementation, and every held callback it let go or held. */
    private final java.util.concurrent.atomic.AtomicInteger actions = new java.util.concurrent.atomic.AtomicInteger();

    public ScenarioContext(String name, Collection<String> tags, NotificationImplementation implementation, SystemUnderTest sut) {
        this.name = name;
        this.tags = Set.copyOf(tags);
        this.implementation = implementation;
        this.sut = sut;
    }

    public static void begin(ScenarioContext c) {
        CURRENT.set(c);
    }

    public static ScenarioContext current() {
        ScenarioContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("no scenario is running on this thread (the kit's Before hook did not run)");
        }
        return c;
    }

    /** Notes that the scenario on this thread acted on the implementation (no-op off a scenario thread). */
    public static void noteAction() {
        ScenarioContext c = CURRENT.get();
        if (c != null) {
            c.actions.incrementAndGet();
        }
    }

    /** How many times the scenario on this thread acted; -1 off a scenario thread. */
    public static int actions() {
        ScenarioContext c = CURRENT.get();
        return c == null ? -1 : c.actions.get();
    }

    public static void end() {
        ScenarioContext c = CURRENT.get();
        CURRENT.remove();
        if (c != null) {
            boolean ok = false;
            AssertionError cleanUp = null;
            try {
                c.closer.closeAll();
            } catch (AssertionError e) {
                cleanUp = e; // reported below, once the instance is closed: a failed clean-up must not leave it open
            }
            try {
                Deadline.call("SystemUnderTest.close()", () -> {
                    c.sut.close();
                    return null;
                });
                ok = true;
            } finally {
                CurrentRun.closed(ok);
                // Even when close() failed or hung: what comes after this is reported, not recorded.
                for (Object stage : c.stages.values()) {
                    if (stage instanceof Recording r) {
                        r.recorded().end(c.name);
                    }
                }
            }
            if (cleanUp != null) {
                throw cleanUp;
            }
        }
    }

    /** The scenario's name, for reports. */
    public String name() {
        return name;
    }

    public SystemUnderTest sut() {
        return sut;
    }

    public Capabilities capabilities() {
        return implementation.capabilities();
    }

    /** Guards against a step that uses an optional control in a scenario that does not say it needs it. */
    public void requireControl(Control control, String tag) {
        if (!tags.contains(tag)) {
            throw new IllegalStateException("kit defect: scenario '" + name + "' uses " + control
                    + " but is not tagged " + tag + ", so it would not be reported as not applicable");
        }
        if (!capabilities().supports(control)) {
            throw new NotApplicable(implementation.name() + " does not declare " + control);
        }
    }

    /** The mechanism-specific state of this scenario, made on first use. */
    public <T> T stage(Class<T> type, Supplier<T> make) {
        return type.cast(stages.computeIfAbsent(type, k -> make.get()));
    }

    /** The HRESULT of the last documented call the scenario made, whatever the mechanism. */
    public void lastResult(notifytck.spi.HResult r) {
        if (r == null) {
            throw new AssertionError("the implementation returned no HRESULT (null) from the call just made; the SPI asks for one");
        }
        lastResult = r;
    }

    public notifytck.spi.HResult lastResult() {
        if (lastResult == null) {
            throw new IllegalStateException("kit defect: a Then step asks for the last call's result, but no call was made");
        }
        return lastResult;
    }

    /** What the scenario recorded, for failure messages: each stage contributes its history. */
    public String historyDump() {
        StringBuilder b = new StringBuilder();
        for (Object stage : stages.values()) {
            if (stage instanceof Recording r) {
                b.append(r.historyDump());
            }
        }
        return b.length() == 0 ? "(nothing recorded)" : b.toString();
    }

    /** A mechanism stage that records a history. */
    public interface Recording {
        /** The stage's history. */
        History<?> recorded();

        default String historyDump() {
            return recorded().dump();
        }

        /** Events the stage's history did not keep because it was full. */
        default long droppedEvents() {
            return recorded().dropped();
        }

        /** How many events the stage's history keeps at most. */
        default int historyMax() {
            return recorded().max();
        }
    }

    /** Events every stage dropped, and the bound, if any dropped: the implementation flooded the kit. */
    public java.util.Optional<String> flood() {
        long dropped = 0;
        int max = 0;
        for (Object stage : stages.values()) {
            if (stage instanceof Recording r) {
                dropped += r.droppedEvents();
                max = Math.max(max, r.historyMax());
            }
        }
        return dropped == 0 ? java.util.Optional.empty() : java.util.Optional.of("the implementation flooded the kit: " + dropped
                + " events in this scenario came after the history had kept " + max + " (the bound; --history-max), and were dropped");
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** Things to undo when the scenario ends, before the instance is closed (e.g. held callbacks). */
    public Closer closer() {
        return closer;
    }
}
