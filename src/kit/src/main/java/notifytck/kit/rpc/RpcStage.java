package notifytck.kit.rpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.NotApplicable;
import notifytck.kit.ScenarioContext;
import notifytck.kit.Timeouts;
import notifytck.spi.Mechanism;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;

/** One RPC scenario's world: calls by name, the kit's notification targets, and the history. */
public final class RpcStage implements ScenarioContext.Recording {
    private final ScenarioContext context;
    private final RpcServerAdapter adapter;
    private final RpcControl control;
    private final History<RpcRecord> history = new History<>();
    private final RecordingTargets targets = new RecordingTargets(history);
    private final SubscriptionLedger ledger = new SubscriptionLedger();
    private final Map<String, CallRef> calls = new ConcurrentHashMap<>();
    private final Map<String, NotificationInfo> lastInfo = new ConcurrentHashMap<>();
    /** Per call the scenario names, how many notifications had reached it when a held routine was last seen busy with it. */
    private final Map<String, Integer> deliveredWhenBusy = new ConcurrentHashMap<>();
    private volatile RpcStatus lastStatus;
    private final notifytck.kit.Settling settling;

    private RpcStage(ScenarioContext context) {
        this.context = context;
        if (!context.capabilities().supports(Mechanism.RPC_CALL_NOTIFICATION)) {
            throw new NotApplicable("the implementation does not declare the RPC call notification mechanism");
        }
        this.adapter = context.sut().rpc();
        this.control = context.sut().rpcControl();
        this.settling = new notifytck.kit.Settling("RpcControl.quiesce", () -> context.capabilities().supports(notifytck.kit.Mechanisms.of(notifytck.spi.Mechanism.RPC_CALL_NOTIFICATION).quiesce()),
                control::quiesce, history, history::dump);
    }

    public static RpcStage current() {
        ScenarioContext c = ScenarioContext.current();
        return c.stage(RpcStage.class, () -> new RpcStage(c));
    }

    @Override
    public History<?> recorded() {
        return history;
    }

    public RpcServerAdapter adapter() {
        return adapter;
    }

    public RpcControl control() {
        return control;
    }

    public SubscriptionLedger ledger() {
        return ledger;
    }

    public void call(String name, CallRef ref) {
        if (calls.putIfAbsent(name, ref) != null) {
            throw new IllegalArgumentException("scenario names the call \"" + name + "\" twice");
        }
    }

    public CallRef call(String name) {
        CallRef c = calls.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no call \"" + name + "\" in this scenario; known: " + calls.keySet());
        }
        return c;
    }

    public List<String> callNames() {
        return calls.keySet().stream().sorted().collect(Collectors.toList());
    }

    public NotificationTargets.EventObject event(String name, String call) {
        return targets.event(name, call);
    }

    public NotificationTargets.ApcRoutine apc(String call) {
        return targets.apc(call);
    }

    public NotificationTargets.CompletionPort port(String call) {
        return targets.port(call);
    }

    public NotificationTargets.NotificationRoutine routine(String call) {
        return targets.routine(call);
    }

    /** The server's APC and callback routines block, once they recorded, until {@link #letRoutinesGo()}; let go at the scenario's end at the latest. */
    public void holdRoutines() {
        targets.held.hold();
        context.closer().register(targets.held::letGo);
    }

    /** Waits until a held routine is busy with a notification for the call the scenario names {@code name}. */
    public void awaitRoutineBusyWith(String name) {
        String id = call(name).id();
        settling.awaitOnly("a held routine to be busy with a notification for " + name, () -> id.equals(targets.held.busyWith()));
        deliveredWhenBusy.put(name, deliveredFor(id).size());
    }

    /** How many notifications had reached the call {@code name} when a routine was last seen busy with it; null if never awaited. */
    public Integer deliveredWhenBusy(String name) {
        return deliveredWhenBusy.get(name);
    }

    public void letRoutinesGo() {
        targets.held.letGo();
    }

    public void rememberInfo(String call, NotificationInfo info) {
        lastInfo.put(call, info);
    }

    public NotificationInfo lastInfo(String call) {
        NotificationInfo i = lastInfo.get(call);
        if (i == null) {
            throw new IllegalStateException("kit defect: no NotificationInfo was passed for " + call);
        }
        return i;
    }

    /** A runtime call, under the binding's lock (REQ-RPC-NOTIFY-019) and a deadline; its status is kept. */
    public RpcStatus runtimeCall(String what, String binding, Supplier<RpcStatus> body) {
        ReentrantLock lock = binding == null ? null : ledger.lockFor(binding);
        RpcStatus s = Deadline.call(what, () -> {
            // A call that hung earlier keeps this binding's lock on an abandoned thread; say so rather than hang.
            try {
                if (lock != null && !lock.tryLock(Timeouts.call().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    throw new AssertionError(what + ": an earlier call on binding " + binding + " never returned");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + " was interrupted");
            }
            try {
                RpcStatus r = body.get();
                history.record(new RpcRecord(RpcRecord.Kind.CALL_RETURNED, null, null, -1, what + " -> " + r));
                return r;
            } finally {
                if (lock != null) {
                    lock.unlock();
                }
            }
        });
        if (s == null) {
            throw new AssertionError(what + " returned no status");
        }
        lastStatus = s;
        return s;
    }

    /** A control action (the client cancels, ...), recorded with its thread. */
    public void action(String what, Runnable body) {
        action(what, Timeouts.call(), body);
    }

    /** As {@link #action(String, Runnable)}, for a batch of actions under one longer deadline. */
    public void action(String what, java.time.Duration limit, Runnable body) {
        Deadline.call(what, limit, () -> {
            body.run();
            history.record(new RpcRecord(RpcRecord.Kind.CALL_RETURNED, null, null, -1, what));
            return null;
        });
    }

    public RpcStatus lastStatus() {
        if (lastStatus == null) {
            throw new IllegalStateException("kit defect: a Then step asks for the last status, but no runtime call was made");
        }
        return lastStatus;
    }

    public void settle() {
        settling.settle();
    }

    /** Waits for something that must happen, then settles so that extras show. */
    public void eventually(String what, BooleanSupplier condition) {
        settling.eventually(what, condition);
    }

    public List<History.Recorded<RpcRecord>> deliveredFor(String call) {
        return history.where(r -> r.kind() != RpcRecord.Kind.CALL_RETURNED && call.equals(r.call()));
    }

    public List<History.Recorded<RpcRecord>> setsOf(String event) {
        return history.where(r -> r.kind() == RpcRecord.Kind.EVENT_SET && event.equals(r.target()));
    }

    public List<String> callerThreads() {
        return history.where(r -> r.kind() == RpcRecord.Kind.CALL_RETURNED).stream().map(History.Recorded::thread)
                .distinct().collect(Collectors.toList());
    }

    public List<History.Recorded<RpcRecord>> deliveries() {
        return history.where(r -> r.kind() != RpcRecord.Kind.CALL_RETURNED);
    }
}
