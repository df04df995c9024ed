package notifytck.kit.msmq;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.NotApplicable;
import notifytck.kit.ScenarioContext;
import notifytck.kit.Timeouts;
import notifytck.spi.Control;
import notifytck.spi.HResult;
import notifytck.spi.Mechanism;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/**
 * One MSMQ scenario's world: queue objects and messages by name, event objects, the history, and
 * time. Time is the implementation's virtual clock when it has one; otherwise the kit measures
 * "N ms pass" from the return of the last EnableNotification in real time.
 */
public final class MsmqStage implements ScenarioContext.Recording {
    private final ScenarioContext context;
    private final MsmqAdapter adapter;
    private final MsmqControl control;
    private final History<MsmqRecord> history = new History<>();
    private final Map<String, QueueRef> queues = new ConcurrentHashMap<>();
    private final Map<String, MessageRef> messages = new ConcurrentHashMap<>();
    private final Map<String, MsmqEvent> events = new ConcurrentHashMap<>();
    /** Receive timeout, in ms, of the call that made each event object's notification. */
    private final Map<String, Integer> timeouts = new ConcurrentHashMap<>();
    private final Map<String, Long> armedAt = new ConcurrentHashMap<>();
    /** {@link #plannedMillis} when each event object was armed. */
    private final Map<String, Long> plannedArmedAt = new ConcurrentHashMap<>();
    /**
     * Held from an EnableNotification call until its return is recorded; event objects take it
     * before recording. Without it an event handed over just before the call returned could be
     * recorded first, on another thread, and look as if it came before the return. An event fired
     * on the caller's own thread still records first (the lock is re-entrant), and an
     * implementation that fires and waits inside the call deadlocks into the call's deadline.
     */
    private final java.util.concurrent.locks.ReentrantLock callInFlight = new java.util.concurrent.locks.ReentrantLock();
    private volatile long lastCallNanos = System.nanoTime();
    /** The scenario's own time: every "N ms pass" since it began. */
    private volatile long plannedMillis;
    /** {@link #plannedMillis} when the last EnableNotification returned: "N ms pass" counts from there. */
    private volatile long plannedAtLastCall;
    private final notifytck.kit.Settling settling;

    private MsmqStage(ScenarioContext context) {
        this.context = context;
        if (!context.capabilities().supports(Mechanism.MSMQ)) {
            throw new NotApplicable("the implementation does not declare the MSMQ mechanism");
        }
        this.adapter = context.sut().msmq();
        this.control = context.sut().msmqControl();
        this.settling = new notifytck.kit.Settling("MsmqControl.quiesce", () -> context.capabilities().supports(notifytck.kit.Mechanisms.of(notifytck.spi.Mechanism.MSMQ).quiesce()),
                control::quiesce, history, history::dump);
    }

    public static MsmqStage current() {
        ScenarioContext c = ScenarioContext.current();
        return c.stage(MsmqStage.class, () -> new MsmqStage(c));
    }

    @Override
    public History<?> recorded() {
        return history;
    }

    public MsmqControl control() {
        return control;
    }

    public ScenarioContext context() {
        return context;
    }

    public boolean virtualClock() {
        return context.capabilities().supports(Control.MSMQ_VIRTUAL_CLOCK);
    }

    public void queue(String name, QueueRef ref) {
        if (queues.putIfAbsent(name, ref) != null) {
            throw new IllegalArgumentException("scenario names the queue object \"" + name + "\" twice");
        }
    }

    public QueueRef queue(String name) {
        QueueRef q = queues.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no queue object \"" + name + "\" in this scenario; known: " + queues.keySet());
        }
        return q;
    }

    public void message(String body, MessageRef ref) {
        messages.put(body, ref);
    }

    public MessageRef message(String body) {
        MessageRef m = messages.get(body);
        if (m == null) {
            throw new IllegalArgumentException("no message \"" + body + "\" in this scenario; known: " + messages.keySet());
        }
        return m;
    }

    public String bodyOf(MessageRef ref) {
        return messages.entrySet().stream().filter(e -> e.getValue().equals(ref)).map(Map.Entry::getKey)
                .findFirst().orElse(ref.handle());
    }

    public MsmqEvent event(String name) {
        return events.computeIfAbsent(name, n -> new RecordingEvent(n, history, callInFlight));
    }

    /** EnableNotification, with a deadline; time for "N ms pass" counts from its return. */
    public HResult enable(String queueName, String eventName, Supplier<HResult> call, Integer timeoutMillis) {
        return enableUnder(queueName + ": EnableNotification", Timeouts.call(), List.of(queueName),
                eventName == null ? List.of() : List.of(eventName), List.of(call), timeoutMillis).get(0);
    }

    /**
     * As {@link #enable} for many calls, each on its queue object and event, under one deadline for
     * the lot ({@link Timeouts#batch}): a hand-off to a deadline thread per call would cost more than
     * the calls. Returns what each returned, in order.
     */
    public List<HResult> enableEach(List<String> queueNames, List<String> eventNames, List<Supplier<HResult>> calls, Integer timeoutMillis) {
        return enableUnder(calls.size() + " EnableNotification calls", Timeouts.batch(calls.size()), queueNames, eventNames, calls, timeoutMillis);
    }

    /** The calls, each recorded as it returns; the events' timeouts are armed from when the first began. */
    private List<HResult> enableUnder(String what, Duration limit, List<String> queueNames, List<String> eventNames,
            List<Supplier<HResult>> calls, Integer timeoutMillis) {
        long started = System.nanoTime();
        List<HResult> results = Deadline.call(what, limit, () -> {
            List<HResult> made = new java.util.ArrayList<>(calls.size());
            for (int i = 0; i < calls.size(); i++) {
                callInFlight.lock();
                try {
                    HResult result = calls.get(i).get();
                    history.record(new MsmqRecord(MsmqRecord.Kind.CALL_RETURNED, queueNames.get(i), null, result, "EnableNotification"));
                    made.add(result);
                } finally {
                    callInFlight.unlock();
                }
            }
            return made;
        });
        lastCallNanos = System.nanoTime();
        plannedAtLastCall = plannedMillis;
        if (timeoutMillis != null) {
            for (String eventName : eventNames) {
                timeouts.put(eventName, timeoutMillis);
                armedAt.put(eventName, started);
                plannedArmedAt.put(eventName, plannedMillis);
            }
        }
        context.lastResult(results.get(results.size() - 1));
        return results;
    }

    /** Lets {@code d} pass: the virtual clock moves, or the kit waits until that point in real time. */
    public void pass(Duration d) {
        plannedMillis += d.toMillis();
        if (virtualClock()) {
            Deadline.call("MsmqControl.advanceClock", () -> {
                control.advanceClock(d);
                return null;
            });
            return;
        }
        // Time passing in real time is an action: timeouts fall due without a call, so a quiet window watched before is stale.
        notifytck.kit.ScenarioContext.noteAction();
        long until = lastCallNanos + Duration.ofMillis(elapsedMillis()).minus(MsmqTime.early()).toNanos();
        long wait = until - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        // First look at the point itself, on this thread: a few hundred scenarios at once each wait like this
        // without a real-time implementation, and a poll every millisecond or a thread of its own costs CPU they need.
        Duration longest = Duration.ofNanos(wait).plus(Timeouts.eventually());
        await().pollInSameThread().pollDelay(Duration.ofNanos(wait)).pollInterval(Duration.ofMillis(1)).atMost(longest)
                .until(() -> System.nanoTime() - until >= 0);
    }

    /**
     * In real time, after the kit did something ({@code what}, done at {@code doneNanos}) that the
     * scenario places before a pending receive timeout: makes sure it really came first. On a
     * loaded machine the kit's own thread can be hundreds of milliseconds late, and then the
     * implementation may rightly have timed out before it; the scenario then says so and is not
     * judged, instead of failing the implementation for the kit's lateness. A virtual clock keeps
     * every scenario's timing exactly, so there is nothing to check.
     */
    public void keptBeforePendingTimeouts(String what, long doneNanos) {
        if (virtualClock()) {
            return;
        }
        for (Map.Entry<String, Integer> pending : timeouts.entrySet()) {
            String event = pending.getKey();
            long timeout = pending.getValue();
            long planned = plannedMillis - plannedArmedAt.getOrDefault(event, plannedMillis);
            long armed = armedAt.get(event);
            // INFINITE is -1 as the signed parameter; a timeout the scenario means to pass first is not a premise, nor
            // one whose event already fired before the timeout could fall due (the call had nothing left to time).
            if (timeout < 0 || planned >= timeout || firedBetween(event, armed, armed + timeout * 1_000_000)) {
                continue;
            }
            long actual = (doneNanos - armed) / 1_000_000;
            if (actual >= timeout) {
                throw new notifytck.kit.NotApplicable("real time could not be kept: " + what + " came " + actual + " ms after the EnableNotification of \""
                        + event + "\" began, at or past its " + timeout + " ms receive timeout, where the scenario has it at " + planned
                        + " ms; the machine was too busy for the kit to keep the scenario's timing, so it is not judged");
            }
        }
    }

    /** What "N ms pass" added up to since the last EnableNotification returned. */
    private long elapsedMillis() {
        return plannedMillis - plannedAtLastCall;
    }

    private boolean firedBetween(String event, long fromNanos, long toNanos) {
        return fired(event).stream().anyMatch(r -> r.nanos() - fromNanos >= 0 && r.nanos() - toNanos < 0);
    }

    public void settle() {
        settling.settle();
    }

    public void eventually(String what, java.util.function.BooleanSupplier condition) {
        settling.eventually(what, condition);
    }

    /** Waits for events that are due by now (virtual) or by now plus the late slack (real time). */
    public void awaitDue(String what, BooleanSupplier condition) {
        if (!virtualClock()) {
            long dueBy = lastCallNanos + Duration.ofMillis(elapsedMillis()).plus(MsmqTime.late()).toNanos();
            long wait = Math.max(dueBy - System.nanoTime(), MsmqTime.late().toNanos());
            try {
                // Events are what the condition looks at, so each arrival wakes this to look again; nothing polls.
                if (!history.awaitUntil(condition, wait, wait)) {
                    throw new AssertionError("expected " + what + " by " + Duration.ofNanos(wait).toMillis() + " ms from now\n" + history.dump());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what + "\n" + history.dump());
            }
        }
        settle();
    }

    public List<History.Recorded<MsmqRecord>> fired(String eventName) {
        return history.where(r -> r.kind() != MsmqRecord.Kind.CALL_RETURNED && r.who().equals(eventName));
    }

    /** A call a scenario made: its queue object's name, its event's, and what it returned. */
    public record MadeCall(String queueObject, String event, HResult result) {}

    /**
     * The calls (as lines to report) that did not return S_OK and fire exactly one event, Arrived,
     * for their own queue object. Judge once everything settled.
     */
    /**
     * Once everything settled: each of {@code calls} ({@code which}, for the report) returned S_OK and
     * fired exactly one event, Arrived, for its own queue object.
     */
    public void assertEachArrivedOnce(List<MadeCall> calls, String which) {
        org.assertj.core.api.Assertions.assertThat(calls).as("kit defect: no calls were made").isNotEmpty();
        settle();
        org.assertj.core.api.Assertions.assertThat(notArrivedOnce(calls))
                .as("%s (of %d) that did not return S_OK and fire exactly one Arrived for their own queue object%n%s", which, calls.size(), historyDump())
                .isEmpty();
    }

    private List<String> notArrivedOnce(List<MadeCall> calls) {
        List<String> wrong = new java.util.ArrayList<>();
        for (MadeCall c : calls) {
            boolean arrived = theOneEventFor(c.event(), c.queueObject()).filter(e -> e.kind() == MsmqRecord.Kind.ARRIVED).isPresent();
            if (!HResult.of(0).equals(c.result()) || !arrived) {
                wrong.add(c.event() + ": returned " + c.result() + ", fired " + fired(c.event()).stream().map(r -> r.event().toString()).toList());
            }
        }
        return wrong;
    }

    /**
     * The one event a call on {@code eventName} fired, if it fired exactly one and that one names the
     * queue object the call was made on; empty otherwise (none, several, or another object's).
     */
    public java.util.Optional<MsmqRecord> theOneEventFor(String eventName, String queueObject) {
        List<History.Recorded<MsmqRecord>> fired = fired(eventName);
        return fired.size() == 1 && queue(queueObject).handle().equals(fired.get(0).event().queueHandle())
                ? java.util.Optional.of(fired.get(0).event()) : java.util.Optional.empty();
    }

    public List<History.Recorded<MsmqRecord>> all() {
        return history.all();
    }

    /** When the last EnableNotification returned: "N ms pass" counts from it. */
    public long lastCallNanos() {
        return lastCallNanos;
    }

    /**
     * When the call that armed {@code eventName} with a finite timeout started, for real-time
     * checks that its timeout did not fire early: an implementation may start counting anywhere
     * inside the call, and a loaded machine may take a while to hand the call's return back. Not
     * the last call's time either, since another call may have come since.
     */
    public long armedNanos(String eventName) {
        return armedAt.getOrDefault(eventName, lastCallNanos);
    }

    /** Time the scenario has let pass since the last EnableNotification returned. */
    public long elapsedNanos() {
        return Duration.ofMillis(elapsedMillis()).toNanos();
    }

    public Integer timeoutOf(String eventName) {
        return timeouts.get(eventName);
    }

    public List<String> callThreads() {
        return history.where(r -> r.kind() == MsmqRecord.Kind.CALL_RETURNED).stream().map(History.Recorded::thread)
                .distinct().collect(Collectors.toList());
    }

    public void controlCall(String what, Runnable r) {
        Deadline.call(what, () -> {
            r.run();
            return null;
        });
    }

    public static Duration early() {
        return MsmqTime.early();
    }
}
