package notifytck.properties;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import notifytck.kit.Deadline;
import notifytck.kit.Settling;
import notifytck.kit.Timeouts;
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
 * Real threads against the RPC model: each call is driven by a thread of its own, all at once, with
 * no settling between steps; the client's cancels and disconnects race the server's
 * subscriptions and unsubscriptions. The calls are independent in the model, so the recorded
 * outcome must be one the model allows when each thread's steps are applied in that thread's
 * order: the model leaves open only what the documents do (a notification in flight when the
 * server unsubscribes may arrive or not; one due before a subscription may be told at once or
 * never).
 */
final class RpcConcurrentRun {
    enum Op { SUBSCRIBE, UNSUBSCRIBE, CANCEL, DISCONNECT, TEST_CANCEL, ASK_DISCONNECTED, END }

    /** One step a thread takes on its own call. */
    record Step(Op op, int bits, Method method, From from, Packet packet, Kind kind, boolean abort) {
        @Override
        public String toString() {
            return switch (op) {
                case SUBSCRIBE -> "subscribe for bits " + bits + " by " + method.text + (method == Method.IOC ? " (" + packet + ")" : "") + ", " + from.text;
                case UNSUBSCRIBE -> "unsubscribe from " + kind.eventName;
                case CANCEL -> "the client cancels";
                case DISCONNECT -> "the client disconnects";
                case TEST_CANCEL -> "RpcServerTestCancel";
                case ASK_DISCONNECTED -> "ask whether the client left";
                case END -> abort ? "abort (completes a synchronous call)" : "complete";
            };
        }
    }

    /** One thread's call and its steps. */
    record Plan(boolean async, List<Step> steps) {
        @Override
        public String toString() {
            return (async ? "asynchronous" : "synchronous") + " call: " + steps;
        }
    }

    private final SystemUnderTest sut = Sut.start();
    private final RpcServerAdapter adapter = sut.rpc();
    private final RpcControl control = sut.rpcControl();
    private final RpcTargets targets = new RpcTargets();
    private final Map<String, String> results = new ConcurrentHashMap<>();
    /** Per thread, the model's steps in that thread's order, and what the report says of each. */
    private final List<List<Function<RpcWorld, List<RpcWorld>>>> modelSteps = new ArrayList<>();
    private final List<List<String>> stepTexts = new ArrayList<>();

    void run(List<Plan> plans) {
        List<CallRef> calls = new ArrayList<>();
        List<ServerThread> workers = new ArrayList<>();
        for (int t = 0; t < plans.size(); t++) {
            boolean async = plans.get(t).async();
            CallRef c = Deadline.call("startCall", () -> control.startCall(async));
            calls.add(c);
            targets.call(t + 1, c);
            // A server thread is one thread: each of ours gets a worker of its own.
            ServerThread w = Deadline.call("workerThread", control::workerThread);
            if (w == null) {
                throw new notifytck.kit.RuleViolation("REQ-RPC-NOTIFY-016", "RpcControl.workerThread() handed back no thread");
            }
            workers.add(w);
            modelSteps.add(new ArrayList<>());
            stepTexts.add(new ArrayList<>());
        }
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < plans.size(); t++) {
            int thread = t;
            parties.add(() -> drive(thread + 1, calls.get(thread), workers.get(thread), plans.get(thread).steps()));
        }
        long budget = Timeouts.call().toMillis() * (1 + plans.stream().mapToInt(p -> p.steps().size()).max().orElse(1));
        AllAtOnce.run("rpc-server-thread", parties, budget, this::report);
        judge(plans.size());
    }

    /** One thread's steps on its call; what the implementation answered goes to results, what the model must do to the thread's list. */
    private void drive(int call, CallRef c, ServerThread worker, List<Step> steps) {
        List<Function<RpcWorld, List<RpcWorld>>> model = modelSteps.get(call - 1);
        List<String> texts = stepTexts.get(call - 1);
        EnumSet<Kind> held = EnumSet.noneOf(Kind.class);
        java.util.EnumMap<Kind, Method> heldBy = new java.util.EnumMap<>(Kind.class);
        boolean ended = false;
        boolean gone = false;
        int k = 0;
        for (Step s : steps) {
            k++;
            int number = call * 100 + k;
            if (ended && s.op() != Op.CANCEL && s.op() != Op.DISCONNECT) {
                continue;
            }
            switch (s.op()) {
                case SUBSCRIBE -> {
                    int bits = s.bits();
                    if (bits >= 1 && bits <= 3) {
                        for (Kind h : held) {
                            bits &= ~h.bit;
                        }
                        if (bits == 0) {
                            continue;
                        }
                    }
                    int asked = bits;
                    ServerThread thread = s.from().dispatchThread ? c.dispatchThread() : worker;
                    BindingRef binding = s.from().nullBinding ? null : c.binding();
                    NotificationInfo info = targets.target(number, call, asked, s.method(), s.packet());
                    RpcStatus r = Deadline.call("subscribeForNotification", () -> adapter.subscribeForNotification(thread, binding, asked, s.method().type, info));
                    results.put(RpcWorld.subscriptionKey(number), r.equals(RpcStatus.RPC_S_OK) ? RpcWorld.ACCEPTED : RpcWorld.REFUSED);
                    results.put(RpcWorld.codeKey(number), r.name());
                    if (RpcWorld.accepts(asked, s.method(), s.from())) {
                        for (Kind h : Kind.values()) {
                            if ((asked & h.bit) != 0) {
                                held.add(h);
                                heldBy.put(h, s.method());
                            }
                        }
                    }
                    texts.add("subscription call #" + number + ": " + s);
                    model.add(w -> w.subscribe(number, call, asked, s.method(), s.from(), s.packet()));
                }
                case UNSUBSCRIBE -> {
                    if (held.remove(s.kind())) {
                        heldBy.remove(s.kind());
                        unsubscribe(call, c, number, s.kind(), model, texts);
                    }
                }
                case CANCEL, DISCONNECT -> {
                    Kind kind = s.op() == Op.CANCEL ? Kind.CANCEL : Kind.DISCONNECT;
                    if (kind == Kind.CANCEL && gone) {
                        continue; // a client that has gone does not cancel afterwards (no page says what that would mean)
                    }
                    gone |= kind == Kind.DISCONNECT;
                    Deadline.call(kind == Kind.CANCEL ? "clientCancels" : "clientDisconnects", () -> {
                        if (kind == Kind.CANCEL) {
                            control.clientCancels(c);
                        } else {
                            control.clientDisconnects(c);
                        }
                        return null;
                    });
                    texts.add(s.toString());
                    model.add(w -> w.happens(call, kind));
                }
                case TEST_CANCEL -> {
                    if (!heldBy.containsValue(Method.EVENT) && !heldBy.containsValue(Method.IOC)) {
                        continue; // REQ-RPC-NOTIFY-014 is about a notification that says nothing of its kind
                    }
                    RpcStatus r = Deadline.call("testCancel", () -> adapter.testCancel(c.dispatchThread(), c.binding()));
                    results.put(RpcWorld.testKey(number), r.name());
                    texts.add("question #" + number + ": " + s);
                    model.add(w -> {
                        w.testCancel(number, call);
                        return List.of(w);
                    });
                }
                case ASK_DISCONNECTED -> {
                    if (!heldBy.containsValue(Method.EVENT) && !heldBy.containsValue(Method.IOC)) {
                        continue;
                    }
                    boolean left = Deadline.call("isClientDisconnected", () -> adapter.isClientDisconnected(c.dispatchThread(), c.binding()));
                    results.put(RpcWorld.testKey(number), left ? "disconnected" : "connected");
                    texts.add("question #" + number + ": " + s);
                    model.add(w -> {
                        w.askDisconnected(number, call);
                        return List.of(w);
                    });
                }
                case END -> {
                    int j = 0;
                    for (Kind h : EnumSet.copyOf(held)) {
                        unsubscribe(call, c, number * 10 + j++, h, model, texts);
                    }
                    held.clear();
                    heldBy.clear();
                    boolean abort = s.abort() && c.asynchronous();
                    Deadline.call(abort ? "abortCall" : "completeCall", () -> {
                        if (abort) {
                            control.abortCall(c);
                        } else {
                            control.completeCall(c);
                        }
                        return null;
                    });
                    texts.add(abort ? "RpcAsyncAbortCall" : "the server completes the call");
                    model.add(w -> {
                        w.end(call);
                        return List.of(w);
                    });
                    ended = true;
                }
                default -> throw new IllegalStateException(s.op().name());
            }
        }
    }

    private void unsubscribe(int call, CallRef c, int number, Kind kind, List<Function<RpcWorld, List<RpcWorld>>> model, List<String> texts) {
        RpcStatus r = Deadline.call("unsubscribeForNotification", () -> adapter.unsubscribeForNotification(c.dispatchThread(), c.binding(), kind.bit).status());
        results.put(RpcWorld.unsubscriptionKey(number), r.name());
        texts.add("unsubscription call #" + number + ": from " + kind.eventName);
        model.add(w -> w.unsubscribe(number, call, kind));
    }

    /** Once every thread is done and the implementation settled: the model, each thread's steps in its order, against everything observed. */
    private void judge(int threads) {
        Settling.quiesce("quiesce", control::quiesce, this::report);
        Worlds<RpcWorld> model = new Worlds<>(new RpcWorld());
        for (int t = 0; t < threads; t++) {
            boolean async = targets.call(t + 1).asynchronous();
            model.each(w -> w.startCall(async));
        }
        for (List<Function<RpcWorld, List<RpcWorld>>> thread : modelSteps) {
            thread.forEach(model::branch);
        }
        Map<String, String> observed = new java.util.LinkedHashMap<>(new java.util.TreeMap<>(results));
        targets.render(observed);
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps(), targets.history.dump());
        }
    }

    private List<String> steps() {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < stepTexts.size(); t++) {
            for (String s : stepTexts.get(t)) {
                out.add("thread " + (t + 1) + " on c" + (t + 1) + ": " + s);
            }
        }
        return out;
    }

    private String report() {
        return String.join("\n", steps()) + "\n" + targets.history.dump();
    }
}
