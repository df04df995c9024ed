package notifytck.kit.spooler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.ScenarioContext;
import notifytck.kit.Timeouts;
import notifytck.spi.HResult;
import notifytck.spi.Mechanism;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * One spooler scenario's world: the adapter and control of the instance under test, the actors,
 * the history their callbacks and calls record, and the result of the last call.
 */
public final class SpoolerStage implements ScenarioContext.Recording {
    private final ScenarioContext context;
    private final SpoolerAdapter adapter;
    private final SpoolerControl control;
    private final History<SpoolerEvent> history = new History<>();
    /** The counting callbacks handed out, each with what reached it per channel. */
    private final List<CountingCallback> counting = new CopyOnWriteArrayList<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<Throwable> callbackFailures = new CopyOnWriteArrayList<>();
    /** Set once the scenario's callback failures were judged: a later one is reported as an incident, not lost. */
    private volatile boolean failuresJudged;
    /** The kit's callbacks the implementation has entered and that have not yet returned. */
    private final java.util.concurrent.atomic.AtomicInteger callbacksInFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** Calls the kit's callbacks are making into the implementation right now, with when each began. */
    private final InsideCalls inside = new InsideCalls();

    /**
     * What a failed wait shows: first any call a callback made into the implementation that has
     * not returned (a deadlock on re-entry shows only as that), then the history.
     */
    private String failureDump() {
        String stuck = inside.describe();
        return stuck.isEmpty() ? history.dump() : stuck + "\n" + history.dump();
    }
    private volatile ChannelCreation lastCreation;
    private final notifytck.kit.Settling settling;
    private final Map<String, NotificationType> channelTypes = new java.util.concurrent.ConcurrentHashMap<>();

    private SpoolerStage(ScenarioContext context) {
        this.context = context;
        if (!context.capabilities().supports(Mechanism.SPOOLER)) {
            throw new notifytck.kit.NotApplicable("the implementation does not declare the spooler mechanism");
        }
        this.adapter = context.sut().spooler();
        this.control = context.sut().spoolerControl();
        this.settling = new notifytck.kit.Settling("SpoolerControl.quiesce", this::canQuiesce, control::quiesce,
                history, this::failureDump, inside::describe);
    }

    /** How the features write the local print server; the implementation names its own machine. */
    public static final String LOCAL_SERVER = "\\\\<local server>";

    /**
     * A printer or server name as the implementation knows it. The features never fix the local
     * machine's name: they write {@link #LOCAL_SERVER}, and the kit puts in
     * {@code SpoolerControl.localMachine()}. Printer names and the names of further print servers
     * are the kit's own: it installs them through SpoolerControl.installPrinter.
     */
    public String name(String written) {
        return written.equals(LOCAL_SERVER) ? "\\\\" + control().localMachine() : written;
    }

    public static SpoolerStage current() {
        ScenarioContext c = ScenarioContext.current();
        return c.stage(SpoolerStage.class, () -> new SpoolerStage(c));
    }

    public ScenarioContext context() {
        return context;
    }

    public SpoolerAdapter adapter() {
        return adapter;
    }

    public SpoolerControl control() {
        return control;
    }

    @Override
    public History<?> recorded() {
        return history;
    }

    public History<SpoolerEvent> history() {
        return history;
    }

    /**
     * The failures of the kit's callbacks so far, judged now: the scenario fails with them. One
     * that happens after this is reported as an incident of the run (see {@link CurrentRun}).
     */
    public synchronized List<Throwable> judgeCallbackFailures() {
        failuresJudged = true;
        return List.copyOf(callbackFailures);
    }

    private synchronized void callbackFailed(Throwable t) {
        if (failuresJudged) {
            notifytck.kit.CurrentRun.unjudgedFailure(context.name(), t);
        } else {
            callbackFailures.add(t);
        }
    }

    /**
     * What the scenario's end waits for once held callbacks are let go. With quiesce: everything.
     * Without it: every callback the implementation has entered, until it returns. A quiet window
     * here would cost every spooler scenario another window for nothing the scenario judges: its
     * steps settled before judging; a callback still queued when the scenario ends may as well
     * come after any window; and a failure of one is reported as an incident, not lost.
     */
    public void settleAtEnd() {
        if (canQuiesce()) {
            settle();
        } else {
            settling.awaitOnly("every callback the implementation entered to return once the scenario let held ones go",
                    () -> callbacksInFlight.get() == 0);
        }
    }

    public Actor addActor(String name, CallerContext caller) {
        if (actors.containsKey(name)) {
            throw new IllegalArgumentException("scenario defines the actor \"" + name + "\" twice");
        }
        Actor a = new Actor(name, caller, adapter);
        a.callback(new RecordingCallback(a, history, this::callbackFailed, inside, callbacksInFlight));
        actors.put(name, a);
        context.closer().register(a.gate()::open);
        return a;
    }

    /** Records that an actor opened a channel, so listeners can answer in its type. */
    public void opened(Actor actor, notifytck.spi.spooler.ChannelRef ref, NotificationType type) {
        actor.opened(ref, type);
        channelTypes.put(ref.channelId(), type);
    }

    public java.util.Optional<NotificationType> typeOfChannel(String channelId) {
        return java.util.Optional.ofNullable(channelTypes.get(channelId));
    }

    public Actor actor(String name) {
        Actor a = actors.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no actor \"" + name + "\" in this scenario; known: " + actors.keySet());
        }
        return a;
    }

    /**
     * A type by the scenario's name for it: "GUID_NULL" is the all-zero GUID, which is a type like
     * any other; a GUID written out is that GUID; any other name, a GUID made from the name.
     */
    public static NotificationType type(String name) {
        if (name.equals("GUID_NULL")) {
            return new NotificationType(new UUID(0, 0));
        }
        if (name.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
            return new NotificationType(UUID.fromString(name));
        }
        return new NotificationType(UUID.nameUUIDFromBytes(("notifytck:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Makes a call the scenario's actor makes, with a deadline, and records what it returned. */
    public HResult call(String actor, String call, String payload, Supplier<HResult> body) {
        return call(actor, call, payload, body, Timeouts.call());
    }

    /** As {@link #call(String, String, String, Supplier)}, with its own deadline: a batch of calls, or a race. */
    public HResult call(String actor, String call, String payload, Supplier<HResult> body, java.time.Duration limit) {
        HResult r = Deadline.call(actor + ": " + call, limit, () -> {
            HResult result = body.get();
            history.record(SpoolerEvent.call(SpoolerEvent.Kind.CALL_RETURNED, actor, call, payload, result));
            return result;
        });
        if (r != null) {
            context.lastResult(r);
        }
        return r;
    }

    /**
     * A callback for load: it counts what reaches it, per channel, and records nothing. Its
     * ChannelClosed returns at once, so the implementation releases the pointer it handed on the
     * listener's behalf.
     */
    public NotifyCallback countingCallback() {
        CountingCallback c = new CountingCallback();
        counting.add(c);
        return c;
    }

    /** The counting callbacks handed out so far, in order. */
    public List<CountingCallback> countingCallbacks() {
        return List.copyOf(counting);
    }

    /** See {@link #countingCallback}. */
    public static final class CountingCallback implements NotifyCallback {
        private final Map<String, java.util.concurrent.atomic.AtomicInteger> notified = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, java.util.concurrent.atomic.AtomicInteger> closed = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void onEventNotify(notifytck.spi.spooler.ChannelRef channel, notifytck.spi.spooler.NotificationData data) {
            count(notified, channel);
        }

        @Override
        public void channelClosed(notifytck.spi.spooler.ChannelRef channel, notifytck.spi.spooler.NotificationData reason) {
            count(closed, channel);
        }

        private static void count(Map<String, java.util.concurrent.atomic.AtomicInteger> counts, notifytck.spi.spooler.ChannelRef channel) {
            counts.computeIfAbsent(channel == null ? "(no channel)" : channel.channelId(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }

        /** Notifications that reached it through a pointer to {@code channelId}. */
        public int notified(String channelId) {
            java.util.concurrent.atomic.AtomicInteger n = notified.get(channelId);
            return n == null ? 0 : n.get();
        }

        /** How many times it was told {@code channelId} closed. */
        public int closed(String channelId) {
            java.util.concurrent.atomic.AtomicInteger n = closed.get(channelId);
            return n == null ? 0 : n.get();
        }
    }

    public ChannelCreation create(String actor, Supplier<ChannelCreation> body) {
        ChannelCreation c = Deadline.call(actor + ": CreatePrintAsyncNotifyChannel", () -> {
            ChannelCreation result = body.get();
            history.record(SpoolerEvent.call(SpoolerEvent.Kind.CALL_RETURNED, actor, "CreatePrintAsyncNotifyChannel", null,
                    result == null ? null : result.result()));
            return result;
        });
        if (c == null || c.result() == null) {
            throw new AssertionError("CreatePrintAsyncNotifyChannel returned no result object");
        }
        lastCreation = c;
        context.lastResult(c.result());
        return c;
    }

    public ChannelCreation lastCreation() {
        if (lastCreation == null) {
            throw new IllegalStateException("kit defect: no CreatePrintAsyncNotifyChannel call was made");
        }
        return lastCreation;
    }

    /**
     * Waits until nothing more will happen unless a held callback is let go: through the
     * implementation's quiesce control when it has one, else by watching the history stay
     * unchanged for the quiet window.
     */
    public void settle() {
        settling.settle();
    }

    /** Waits for something that must happen; with quiesce it settles and checks once. */
    public void eventually(String what, BooleanSupplier condition) {
        settling.eventually(what, condition);
    }

    /** Waits for something that must happen even while callbacks are held (quiesce cannot be used). */
    public void awaitWhileHeld(String what, BooleanSupplier condition) {
        settling.awaitOnly(what, condition);
    }

    /**
     * Quiesce waits for every callback to return, so it cannot be used while the kit itself is
     * holding one of its callbacks; then the quiet window judges instead.
     */
    private boolean canQuiesce() {
        // A closed gate may be entered at any moment by a callback still on its way, so no quiesce then.
        return context.capabilities().supports(notifytck.kit.Mechanisms.of(notifytck.spi.Mechanism.SPOOLER).quiesce())
                && actors.values().stream().noneMatch(a -> a.gate().isClosed());
    }

    public List<History.Recorded<SpoolerEvent>> events(String actor, SpoolerEvent.Kind kind) {
        return history.where(e -> e.actor().equals(actor) && e.kind() == kind);
    }

    public List<String> received(String actor) {
        return events(actor, SpoolerEvent.Kind.NOTIFIED).stream().map(r -> r.event().payload()).collect(Collectors.toList());
    }

    public List<History.Recorded<SpoolerEvent>> all() {
        return new ArrayList<>(history.all());
    }
}
