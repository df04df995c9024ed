package notifytck.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.kit.Deadline;
import notifytck.kit.Settling;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.rpc.RpcWorld;
import notifytck.model.rpc.RpcWorld.From;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * One random run of RPC actions, applied to the selected implementation through the SPI and to
 * the model ({@link RpcWorld}) side by side. After every action the implementation quiesces and
 * every observable is compared: each subscription and unsubscription's status, each answer to
 * RpcServerTestCancel and the call attributes, and what reached every target with every argument
 * (the thread of an APC, the handle a routine gets, the packet a port receives).
 */
final class RpcModelRun {
    private final SystemUnderTest sut = Sut.start();
    private final RpcServerAdapter adapter = sut.rpc();
    private final RpcControl control = sut.rpcControl();
    private final Worlds<RpcWorld> model = new Worlds<>(new RpcWorld());
    private final RpcTargets targets = new RpcTargets();
    private final List<String> steps = new ArrayList<>();
    private final Map<Integer, CallRef> calls = new LinkedHashMap<>();
    private int subscriptions;
    /** Subscription calls the implementation accepted, whose NotificationInfo the server may reuse once. */
    private final List<Integer> reusable = new ArrayList<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private ServerThread worker;
    private int questions;
    private int unsubscriptions;

    RpcModelRun() {
        start(false);
    }

    // ---- actions --------------------------------------------------------------------------

    void start(boolean async) {
        CallRef ref = Deadline.call("startCall", () -> control.startCall(async));
        int[] id = new int[1];
        model.each(w -> id[0] = w.startCall(async));
        calls.put(id[0], ref);
        targets.call(id[0], ref);
        steps.add("c" + id[0] + " = startCall(" + (async ? "asynchronous" : "synchronous") + ")");
    }

    /**
     * Subscribes the pick-th newest call in progress for {@code bits}; valid bits drop the kinds the
     * call holds already (a second subscription to a held kind is left open by the document), and
     * nothing is done when none is left.
     */
    void subscribe(int pick, int bits, Method method, From from, Packet packet) {
        List<Integer> live = liveNewestFirst();
        if (live.isEmpty()) {
            return;
        }
        int call = pick(live, pick);
        int asked = bits;
        if (bits >= 1 && bits <= 3) {
            for (Kind k : model.preferred().held(call)) {
                asked &= ~k.bit;
            }
            if (asked == 0) {
                return;
            }
        }
        int number = ++subscriptions;
        CallRef c = calls.get(call);
        ServerThread thread = from.dispatchThread ? c.dispatchThread() : worker();
        BindingRef binding = from.nullBinding ? null : c.binding();
        NotificationInfo info = targets.target(number, call, asked, method, packet);
        int bitsAsked = asked;
        steps.add("subscription call #" + number + ": c" + call + " for " + bitsText(asked) + " by " + method.text
                + (method == Method.IOC ? " (" + packet + ")" : "") + ", " + from.text);
        RpcStatus s = Deadline.call("subscribeForNotification", () -> adapter.subscribeForNotification(thread, binding, bitsAsked, method.type, info));
        results.put(RpcWorld.subscriptionKey(number), s.equals(RpcStatus.RPC_S_OK) ? RpcWorld.ACCEPTED : RpcWorld.REFUSED);
        results.put(RpcWorld.codeKey(number), s.name());
        if (s.equals(RpcStatus.RPC_S_OK)) {
            reusable.add(number);
        }
        model.branch(w -> w.subscribe(number, call, bitsAsked, method, from, packet));
    }

    /** Unsubscribes the pick-th newest call in progress from one kind, when it holds it. */
    void unsubscribe(int pick, Kind kind) {
        List<Integer> live = liveNewestFirst();
        if (live.isEmpty()) {
            return;
        }
        int call = pick(live, pick);
        if (model.preferred().held(call).contains(kind)) {
            unsubscribeNow(call, kind);
        }
    }

    private void unsubscribeNow(int call, Kind kind) {
        int number = ++unsubscriptions;
        CallRef c = calls.get(call);
        steps.add("unsubscription call #" + number + ": c" + call + " from " + kind.eventName);
        RpcStatus s = Deadline.call("unsubscribeForNotification", () -> adapter.unsubscribeForNotification(c.dispatchThread(), c.binding(), kind.bit).status());
        results.put(RpcWorld.unsubscriptionKey(number), s.name());
        model.branch(w -> w.unsubscribe(number, call, kind));
    }

    /**
     * The client cancels, or disconnects from, the pick-th newest call, ended or not. A client that
     * has gone does not cancel afterwards: what that would mean, no page says.
     */
    void happens(int pick, Kind kind) {
        int call = pick(newestFirst(), pick);
        if (kind == Kind.CANCEL && model.preferred().happened(call, Kind.DISCONNECT)) {
            return;
        }
        CallRef c = calls.get(call);
        steps.add(kind == Kind.CANCEL ? "the client cancels c" + call : "the client disconnects from c" + call);
        Deadline.call(kind == Kind.CANCEL ? "clientCancels" : "clientDisconnects", () -> {
            if (kind == Kind.CANCEL) {
                control.clientCancels(c);
            } else {
                control.clientDisconnects(c);
            }
            return null;
        });
        model.branch(w -> w.happens(call, kind));
    }

    /** The server ends the pick-th newest call in progress, unsubscribing first as the document requires (REQ-RPC-NOTIFY-011). */
    void end(int pick, boolean abort) {
        List<Integer> live = liveNewestFirst();
        if (live.isEmpty()) {
            return;
        }
        int call = pick(live, pick);
        for (Kind k : model.preferred().held(call)) {
            unsubscribeNow(call, k);
        }
        boolean aborts = abort && model.preferred().asynchronous(call);
        CallRef c = calls.get(call);
        steps.add(aborts ? "RpcAsyncAbortCall(c" + call + ")" : "the server completes c" + call);
        Deadline.call(aborts ? "abortCall" : "completeCall", () -> {
            if (aborts) {
                control.abortCall(c);
            } else {
                control.completeCall(c);
            }
            return null;
        });
        model.each(w -> w.end(call));
    }

    /**
     * RpcServerTestCancel, or the call attributes, for the pick-th newest call in progress that holds
     * an event or completion-port subscription (REQ-RPC-NOTIFY-014 is about those, whose
     * notification says nothing of its kind), with its binding on its dispatch thread. Asking
     * without such a subscription, or with a NULL binding, is the reference's choice, not judged.
     */
    void ask(int pick, boolean cancel) {
        List<Integer> live = liveNewestFirst().stream().filter(c -> model.preferred().holdsKindless(c)).toList();
        if (live.isEmpty()) {
            return;
        }
        int call = pick(live, pick);
        int number = ++questions;
        CallRef c = calls.get(call);
        BindingRef binding = c.binding();
        String how = "its binding";
        if (cancel) {
            steps.add("question #" + number + ": RpcServerTestCancel(c" + call + ", " + how + ")");
            RpcStatus s = Deadline.call("testCancel", () -> adapter.testCancel(c.dispatchThread(), binding));
            results.put(RpcWorld.testKey(number), s.name());
            model.each(w -> w.testCancel(number, call));
        } else {
            steps.add("question #" + number + ": is the client of c" + call + " disconnected (" + how + ")");
            boolean gone = Deadline.call("isClientDisconnected", () -> adapter.isClientDisconnected(c.dispatchThread(), binding));
            results.put(RpcWorld.testKey(number), gone ? "disconnected" : "connected");
            model.each(w -> w.askDisconnected(number, call));
        }
    }

    /** The server reuses the NotificationInfo of the pick-th newest accepted subscription: for another event object, or frees it. */
    void reuseInfo(int pick, boolean free) {
        List<Integer> open = new ArrayList<>(reusable);
        java.util.Collections.reverse(open);
        if (open.isEmpty()) {
            return;
        }
        int number = pick(open, pick);
        reusable.remove((Integer) number);
        steps.add(free ? "the server frees the NotificationInfo of subscription call #" + number
                : "the server overwrites the NotificationInfo of subscription call #" + number + " with another event object");
        targets.reuse(number, free);
        model.each(w -> w.infoReused(number));
    }

    // ---- judging --------------------------------------------------------------------------

    void compare() {
        Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + targets.history.dump());
        Map<String, String> observed = new LinkedHashMap<>(results);
        targets.render(observed);
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps, targets.history.dump());
        }
        model.each(RpcWorld::settle);
    }

    // ---- helpers --------------------------------------------------------------------------

    private ServerThread worker() {
        if (worker == null) {
            worker = Deadline.call("workerThread", control::workerThread);
            if (worker == null) {
                throw new notifytck.kit.RuleViolation("REQ-RPC-NOTIFY-016", "RpcControl.workerThread() handed back no thread");
            }
        }
        return worker;
    }

    private List<Integer> newestFirst() {
        List<Integer> out = new ArrayList<>(calls.keySet());
        java.util.Collections.reverse(out);
        return out;
    }

    private List<Integer> liveNewestFirst() {
        return newestFirst().stream().filter(c -> !model.preferred().ended(c)).toList();
    }

    private static int pick(List<Integer> newestFirst, int pick) {
        return newestFirst.get(pick % newestFirst.size());
    }

    private static String bitsText(int bits) {
        return switch (bits) {
            case 1 -> "client disconnect";
            case 2 -> "call cancel";
            case 3 -> "client disconnect and call cancel";
            default -> "notification bits " + Integer.toUnsignedString(bits);
        };
    }

    @Override
    public String toString() {
        return String.join("; ", steps);
    }
}
