package notifytck.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import notifytck.kit.Timeouts;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.rpc.RpcWorld;
import notifytck.model.rpc.RpcWorld.From;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
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

    private final RpcCalls rpc = new RpcCalls(Sut.start());
    /** Per thread, the model's steps in that thread's order, and what the report says of each. */
    private final List<List<Function<RpcWorld, List<RpcWorld>>>> modelSteps = new ArrayList<>();
    private final List<List<String>> stepTexts = new ArrayList<>();

    void run(List<Plan> plans) {
        List<ServerThread> workers = new ArrayList<>();
        for (int t = 0; t < plans.size(); t++) {
            rpc.start(t + 1, plans.get(t).async());
            // A server thread is one thread: each of ours gets a worker of its own.
            workers.add(rpc.worker());
            modelSteps.add(new ArrayList<>());
            stepTexts.add(new ArrayList<>());
        }
        List<notifytck.kit.AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < plans.size(); t++) {
            int thread = t;
            parties.add(() -> drive(thread + 1, workers.get(thread), plans.get(thread).steps()));
        }
        long budget = Timeouts.call().toMillis() * (1 + plans.stream().mapToInt(p -> p.steps().size()).max().orElse(1));
        notifytck.kit.AllAtOnce.run("rpc-server-thread", parties, budget, this::report);
        judge(plans.size());
    }

    /**
     * One thread's steps on its call: what the implementation answered goes to the results, what
     * the model must do to the thread's list. The thread keeps what it holds itself (the model is
     * applied only once every thread is done).
     */
    private void drive(int call, ServerThread worker, List<Step> steps) {
        List<Function<RpcWorld, List<RpcWorld>>> model = modelSteps.get(call - 1);
        List<String> texts = stepTexts.get(call - 1);
        java.util.EnumMap<Kind, Method> held = new java.util.EnumMap<>(Kind.class);
        boolean ended = false;
        boolean gone = false;
        int k = 0;
        for (Step s : steps) {
            k++;
            int number = call * 100 + k;
            if (ended && s.op() != Op.CANCEL && s.op() != Op.DISCONNECT) {
                continue;
            }
            // REQ-RPC-NOTIFY-014 is about a notification that says nothing of its kind: asked only under an event or a port.
            boolean kindless = held.containsValue(Method.EVENT) || held.containsValue(Method.IOC);
            switch (s.op()) {
                case SUBSCRIBE -> {
                    int asked = RpcCalls.unheld(s.bits(), held.keySet());
                    if (asked == 0) {
                        continue;
                    }
                    rpc.subscribe(number, call, worker, asked, s.method(), s.from(), s.packet());
                    if (RpcWorld.accepts(asked, s.method(), s.from())) {
                        for (Kind h : Kind.values()) {
                            if ((asked & h.bit) != 0) {
                                held.put(h, s.method());
                            }
                        }
                    }
                    texts.add("subscription call #" + number + ": " + s);
                    model.add(w -> w.subscribe(number, call, asked, s.method(), s.from(), s.packet()));
                }
                case UNSUBSCRIBE -> {
                    if (held.remove(s.kind()) != null) {
                        unsubscribe(call, number, s.kind(), model, texts);
                    }
                }
                case CANCEL, DISCONNECT -> {
                    Kind kind = s.op() == Op.CANCEL ? Kind.CANCEL : Kind.DISCONNECT;
                    if (kind == Kind.CANCEL && gone) {
                        continue; // a client that has gone does not cancel afterwards (no page says what that would mean)
                    }
                    gone |= kind == Kind.DISCONNECT;
                    rpc.happens(call, kind);
                    texts.add(s.toString());
                    model.add(w -> w.happens(call, kind));
                }
                case TEST_CANCEL, ASK_DISCONNECTED -> {
                    if (!kindless) {
                        continue;
                    }
                    boolean cancel = s.op() == Op.TEST_CANCEL;
                    if (cancel) {
                        rpc.testCancel(number, call);
                    } else {
                        rpc.askDisconnected(number, call);
                    }
                    texts.add("question #" + number + ": " + s);
                    model.add(w -> {
                        if (cancel) {
                            w.testCancel(number, call);
                        } else {
                            w.askDisconnected(number, call);
                        }
                        return List.of(w);
                    });
                }
                case END -> {
                    int j = 0;
                    for (Kind h : List.copyOf(held.keySet())) {
                        unsubscribe(call, number * 10 + j++, h, model, texts);
                    }
                    held.clear();
                    boolean aborted = rpc.end(call, s.abort());
                    texts.add(aborted ? "RpcAsyncAbortCall" : "the server completes the call");
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

    private void unsubscribe(int call, int number, Kind kind, List<Function<RpcWorld, List<RpcWorld>>> model, List<String> texts) {
        rpc.unsubscribe(number, call, kind);
        texts.add("unsubscription call #" + number + ": from " + kind.eventName);
        model.add(w -> w.unsubscribe(number, call, kind));
    }

    /**
     * Once every thread is done and the implementation settled: the model, each thread's steps in its
     * order, against everything observed. The calls are independent in the model, and every
     * observable belongs to one call (its subscription calls, its targets, its questions), so each
     * thread's call is judged in a model of its own: one model of all of them would hold the product
     * of every thread's open readings at once (four threads of a few each passed the model's bound
     * of 64 worlds, and the run failed on the kit's account). A world judges only what it fixes, so
     * another call's observables pass through a thread's model unjudged; a notification that reached
     * the wrong call shows in that call's own model, whose target expected none.
     */
    private void judge(int threads) {
        Map<String, String> observed = rpc.observe(this::report);
        for (List<Function<RpcWorld, List<RpcWorld>>> thread : modelSteps) {
            Worlds<RpcWorld> model = new Worlds<>(new RpcWorld());
            for (int t = 0; t < threads; t++) {
                boolean async = rpc.targets.call(t + 1).asynchronous();
                model.each(w -> w.startCall(async));
            }
            thread.forEach(model::branch);
            Mismatch m = model.observe(observed).orElse(null);
            if (m != null) {
                throw PropertyFailures.fail(m.rule(), m.toString(), steps(), rpc.targets.history.dump());
            }
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
        return String.join("\n", steps()) + "\n" + rpc.targets.history.dump();
    }
}
