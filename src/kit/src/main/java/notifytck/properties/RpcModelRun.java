package notifytck.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.rpc.RpcWorld;
import notifytck.model.rpc.RpcWorld.From;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
import notifytck.spi.SystemUnderTest;
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
    private final RpcCalls rpc = new RpcCalls(sut);
    private final Worlds<RpcWorld> model = new Worlds<>(new RpcWorld());
    private final List<String> steps = new ArrayList<>();
    /** Subscription calls the implementation accepted, whose NotificationInfo the server may reuse once. */
    private final List<Integer> reusable = new ArrayList<>();
    private ServerThread worker;
    private int calls;
    private int subscriptions;
    private int unsubscriptions;
    private int questions;

    RpcModelRun() {
        start(false);
    }

    // ---- actions --------------------------------------------------------------------------

    void start(boolean async) {
        int id = ++calls;
        rpc.start(id, async);
        model.each(w -> w.startCall(async));
        steps.add("c" + id + " = startCall(" + (async ? "asynchronous" : "synchronous") + ")");
    }

    /** Subscribes the pick-th newest call in progress for the bits it does not hold yet; nothing when none is left. */
    void subscribe(int pick, int bits, Method method, From from, Packet packet) {
        List<Integer> live = liveNewestFirst();
        if (live.isEmpty()) {
            return;
        }
        int call = pick(live, pick);
        // A call the documents refuse keeps the kinds the call already holds, so that what a refused call
        // leaves behind shows: the earlier subscription must still be told (a valid one asks only for new kinds).
        int asked = RpcWorld.accepts(bits, method, from) ? RpcCalls.unheld(bits, model.preferred().held(call)) : bits;
        if (asked == 0) {
            return;
        }
        int number = ++subscriptions;
        steps.add("subscription call #" + number + ": c" + call + " for " + bitsText(asked) + " by " + method.text
                + (method == Method.IOC ? " (" + packet + ")" : "") + ", " + from.text);
        rpc.subscribe(number, call, from.dispatchThread ? null : worker(), asked, method, from, packet);
        if (rpc.accepted(number)) {
            reusable.add(number);
        }
        model.branch(w -> w.subscribe(number, call, asked, method, from, packet));
    }

    /** Unsubscribes the pick-th newest call in progress from one kind, when it holds it. */
    void unsubscribe(int pick, Kind kind) {
        List<Integer> live = liveNewestFirst();
        if (!live.isEmpty()) {
            int call = pick(live, pick);
            if (model.preferred().held(call).contains(kind)) {
                unsubscribeNow(call, kind);
            }
        }
    }

    /**
     * Unsubscribes the pick-th newest call in progress from a Notification of one bit or none that
     * names no supported kind ({@code bits}: 0, or a bit beyond the two), whatever it holds: refused, and
     * nothing of the call changes (REQ-RPC-NOTIFY-027, judged on Windows Vista only).
     */
    void unsubscribeUnsupported(int pick, int bits) {
        List<Integer> live = liveNewestFirst();
        if (!live.isEmpty() && RpcModelProperties.vista()) {
            int call = pick(live, pick);
            int number = ++unsubscriptions;
            steps.add("unsubscription call #" + number + ": c" + call + " from bits " + Integer.toUnsignedString(bits));
            rpc.unsubscribe(number, call, bits);
            model.branch(w -> w.unsubscribeUnsupported(number, call));
        }
    }

    private void unsubscribeNow(int call, Kind kind) {
        int number = ++unsubscriptions;
        steps.add("unsubscription call #" + number + ": c" + call + " from " + kind.eventName);
        rpc.unsubscribe(number, call, kind);
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
        steps.add(kind == Kind.CANCEL ? "the client cancels c" + call : "the client disconnects from c" + call);
        rpc.happens(call, kind);
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
        boolean aborted = rpc.end(call, abort);
        steps.add(aborted ? "RpcAsyncAbortCall(c" + call + ")" : "the server completes c" + call);
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
        if (cancel) {
            steps.add("question #" + number + ": RpcServerTestCancel(c" + call + ", its binding)");
            rpc.testCancel(number, call);
            model.each(w -> w.testCancel(number, call));
        } else {
            steps.add("question #" + number + ": is the client of c" + call + " disconnected (its binding)");
            rpc.askDisconnected(number, call);
            model.each(w -> w.askDisconnected(number, call));
        }
    }

    /** The server reuses the NotificationInfo of the pick-th newest accepted subscription: for another event object, or frees it. */
    void reuseInfo(int pick, boolean free) {
        if (reusable.isEmpty()) {
            return;
        }
        int number = reusable.get(reusable.size() - 1 - pick % reusable.size());
        reusable.remove((Integer) number);
        steps.add(free ? "the server frees the NotificationInfo of subscription call #" + number
                : "the server overwrites the NotificationInfo of subscription call #" + number + " with another event object");
        rpc.targets.reuse(number, free);
        model.each(w -> w.infoReused(number));
    }

    // ---- judging --------------------------------------------------------------------------

    void compare() {
        Map<String, String> observed = rpc.observe(() -> String.join("\n", steps) + "\n" + rpc.targets.history.dump());
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps, rpc.targets.history.dump());
        }
        model.each(RpcWorld::settle);
    }

    // ---- helpers --------------------------------------------------------------------------

    private ServerThread worker() {
        if (worker == null) {
            worker = rpc.worker();
        }
        return worker;
    }

    private List<Integer> newestFirst() {
        List<Integer> out = new ArrayList<>();
        for (int c = calls; c >= 1; c--) {
            out.add(c);
        }
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
