package notifytck.properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.History;
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
    /** What reached a target: the RPC_ASYNC_EVENT (-1 for an event object or a packet) and its argument. */
    record Told(int target, int event, String argument) {
        @Override
        public String toString() {
            Kind k = Kind.ofEvent(event);
            return "target #" + target + ": " + (event < 0 ? "" : (k == null ? "event " + event : k.eventName) + " ") + argument;
        }
    }

    /** One subscription call as the run made it: what it passed, to render what came back. */
    private record Subscription(int call, Method method, int bits, ServerThread apcThread, NotificationInfo info) {}

    private final SystemUnderTest sut = Sut.start();
    private final RpcServerAdapter adapter = sut.rpc();
    private final RpcControl control = sut.rpcControl();
    private final Worlds<RpcWorld> model = new Worlds<>(new RpcWorld());
    private final History<Told> history = new History<>();
    private final List<String> steps = new ArrayList<>();
    private final Map<Integer, CallRef> calls = new LinkedHashMap<>();
    private final Map<Integer, Subscription> subscriptions = new LinkedHashMap<>();
    /** Subscription calls the implementation accepted, whose NotificationInfo the server may reuse once. */
    private final List<Integer> reusable = new ArrayList<>();
    private final Map<Integer, Integer> replacedBy = new HashMap<>();
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
        int number = subscriptions.size() + 1;
        CallRef c = calls.get(call);
        ServerThread thread = from.dispatchThread ? c.dispatchThread() : worker();
        BindingRef binding = from.nullBinding ? null : c.binding();
        ServerThread apcThread = new ServerThread("alertable-" + number);
        NotificationInfo info = switch (method) {
            case EVENT -> NotificationInfo.event(() -> history.record(new Told(number, -1, "set")));
            case APC -> NotificationInfo.apc((t, event) -> history.record(new Told(number, event, threadText(t, apcThread))), apcThread);
            case IOC -> NotificationInfo.ioc((b, k, o) -> history.record(new Told(number, -1, new Packet(b, k, o).toString())),
                    packet.bytes(), packet.key(), packet.overlapped());
            // Method None carries a routine too, so that a runtime that accepts it and delivers anyway shows.
            case CALLBACK, NONE -> NotificationInfo.callback((h, event) -> history.record(new Told(number, event, handleText(h))));
        };
        subscriptions.put(number, new Subscription(call, method, asked, apcThread, info));
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
        model.each(w -> w.unsubscribe(number, call, kind));
    }

    /** The client cancels, or disconnects from, the pick-th newest call, ended or not. */
    void happens(int pick, Kind kind) {
        int call = pick(newestFirst(), pick);
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

    /** RpcServerTestCancel, or the call attributes, for the pick-th newest call in progress, with its binding or a NULL one on its dispatch thread. */
    void ask(int pick, boolean cancel, boolean nullBinding) {
        List<Integer> live = liveNewestFirst();
        if (live.isEmpty()) {
            return;
        }
        int call = pick(live, pick);
        int number = ++questions;
        CallRef c = calls.get(call);
        BindingRef binding = nullBinding ? null : c.binding();
        String how = nullBinding ? "NULL binding on its dispatch thread" : "its binding";
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
        NotificationInfo info = subscriptions.get(number).info();
        if (free) {
            steps.add("the server frees the NotificationInfo of subscription call #" + number);
            info.clear();
        } else {
            int replacement = -number;
            steps.add("the server overwrites the NotificationInfo of subscription call #" + number + " with another event object");
            info.overwriteWith(NotificationInfo.event(() -> history.record(new Told(replacement, -1, "set"))));
            replacedBy.put(number, replacement);
        }
        model.each(w -> w.infoReused(number));
    }

    // ---- judging --------------------------------------------------------------------------

    void compare() {
        Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump());
        Map<String, String> observed = new LinkedHashMap<>(results);
        for (Map.Entry<Integer, Subscription> e : subscriptions.entrySet()) {
            int target = e.getKey();
            Subscription s = e.getValue();
            List<Told> told = history.where(t -> t.target() == target).stream().map(History.Recorded::event).toList();
            switch (s.method()) {
                case APC, CALLBACK, NONE -> {
                    for (Kind k : Kind.values()) {
                        List<String> args = told.stream().filter(t -> t.event() == k.event).map(Told::argument).toList();
                        observed.put(RpcWorld.countKey(target, k), Integer.toString(args.size()));
                        observed.put(RpcWorld.onceKey(target, k), args.size() <= 1 ? RpcWorld.AT_MOST : args.size() + " times");
                        observed.put(RpcWorld.argumentKey(target, k), args.isEmpty() ? "none" : args.stream().distinct().collect(Collectors.joining("; ")));
                    }
                    observed.put(RpcWorld.totalKey(target), Integer.toString(told.size()));
                    observed.put(RpcWorld.strangeKey(target), Long.toString(told.stream().filter(t -> Kind.ofEvent(t.event()) == null).count()));
                }
                case EVENT, IOC -> {
                    observed.put(RpcWorld.signalKey(target), Integer.toString(told.size()));
                    observed.put(RpcWorld.signalLimitKey(target), told.size() <= Integer.bitCount(s.bits() & 3) ? RpcWorld.AT_MOST : told.size() + " signals");
                    observed.put(RpcWorld.packetKey(target), told.isEmpty() ? "none" : told.stream().map(Told::argument).distinct().collect(Collectors.joining("; ")));
                }
                default -> throw new IllegalStateException(s.method().name());
            }
            Integer replacement = replacedBy.get(target);
            if (replacement != null) {
                observed.put(RpcWorld.overwriterKey(target), Integer.toString(history.where(t -> t.target() == replacement).size()));
            }
        }
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps, history.dump());
        }
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

    private String threadText(ServerThread t, ServerThread named) {
        return t != null && t.equals(named) ? RpcWorld.NAMED_THREAD : "thread " + (t == null ? "null" : t.id());
    }

    /** Names the handle a routine got: the binding or async handle of a known call, or the handle itself. */
    private String handleText(String handle) {
        if (handle == null) {
            return "a NULL handle";
        }
        for (Map.Entry<Integer, CallRef> e : calls.entrySet()) {
            CallRef c = e.getValue();
            if (c.binding().handle().equals(handle)) {
                return RpcWorld.handleText(e.getKey(), false);
            }
            if (c.async() != null && c.async().handle().equals(handle)) {
                return RpcWorld.handleText(e.getKey(), true);
            }
        }
        return "the handle " + handle;
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
