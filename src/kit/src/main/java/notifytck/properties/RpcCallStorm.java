package notifytck.properties;

import java.util.ArrayList;
import java.util.List;
import notifytck.kit.AllAtOnce;
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
 * Many clients' calls arriving and ending at once: each thread starts its share of the calls while
 * the others start theirs, subscribes on each (every way of naming the call: its binding or NULL,
 * its dispatch thread or a worker; synchronous and asynchronous calls; the cancel or the
 * disconnect; a callback, an event, an APC or a completion port: every combination in turn, so each
 * method's book of targets is filled from every thread too), has the client cancel or disconnect,
 * and unsubscribes and completes each. The runtime's book of calls in
 * progress grows and shrinks from every thread at once; a call it loses or mixes up shows as a refused subscription or a cancel told to another call or with
 * another binding. The calls are independent, so the model applies each call's steps in its
 * order, and every interleaving ends alike.
 */
final class RpcCallStorm {
    /** Calls made straight from the storm's threads, all under the storm's one budget. */
    private final RpcCalls rpc = new RpcCalls(Sut.start(), true);
    private final List<String> steps = new ArrayList<>();

    void run(int threads, int callsEach) {
        if (callsEach < COMBINATIONS) {
            throw new IllegalArgumentException("each thread needs at least " + COMBINATIONS + " calls to cover every combination, was " + callsEach);
        }
        steps.add(threads + " threads at once, each starting " + callsEach + " calls (synchronous and asynchronous in turn), then on each of its calls: subscribing"
                + " (from the dispatch thread with the binding, with NULL, from a worker with the binding, with NULL, in turn) for"
                + " RpcClientCancel or RpcClientDisconnect by callback, event, APC or completion port, the client cancelling or"
                + " disconnecting, the server unsubscribing what it holds and completing (or aborting, for half the asynchronous calls)");
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * callsEach + 1;
            parties.add(() -> drive(first, callsEach));
        }
        // One budget for a thread's whole storm, as for eight calls one by one: its calls are quick, and one that hangs must not hold the run.
        AllAtOnce.run("rpc-client", parties, Timeouts.call().toMillis() * 8, this::report);

        // Each call in a model of its own, as RpcConcurrentRun judges each thread's: a notification in
        // flight when the server unsubscribes may arrive or not, and one model of every call would
        // hold the product of those readings. A world judges only what it fixes, so the other calls'
        // observables pass through a call's model unjudged.
        java.util.Map<String, String> observed = rpc.observe(this::report);
        for (int call = 1; call <= threads * callsEach; call++) {
            Mismatch m = judge(call, observed);
            if (m != null) {
                // Each call's steps alone are what the sequential model and the scenarios judge under their own
                // rules; what the storm adds is the calls at once, so a mismatch here is against thread safety.
                throw PropertyFailures.fail("REQ-RPC-NOTIFY-020", "with " + threads * callsEach + " calls at once, call #" + call
                        + " was not served as it would be alone (" + m.rule() + "): " + m, steps, rpc.targets.history.dump());
            }
        }
    }

    private static Mismatch judge(int call, java.util.Map<String, String> observed) {
        Worlds<RpcWorld> model = new Worlds<>(new RpcWorld());
        model.each(w -> w.startCall(call, async(call)));
        model.branch(w -> w.subscribe(number(call), call, kind(call).bit, method(call), from(call), packet(call)));
        model.branch(w -> w.happens(call, kind(call)));
        if (held(call)) {
            model.branch(w -> w.unsubscribe(number(call) + 1, call, kind(call)));
        }
        model.each(w -> w.end(call)); // completed or aborted alike: the subscription ends with the call
        return model.observe(observed).orElse(null);
    }

    /** One thread's calls {@code first} to {@code first + count - 1}: all started, then each subscribed, acted on by the client and ended, step by step across them. */
    private void drive(int first, int count) {
        ServerThread worker = rpc.worker();
        for (int call = first; call < first + count; call++) {
            rpc.start(call, async(call));
        }
        for (int call = first; call < first + count; call++) {
            rpc.subscribe(number(call), call, worker, kind(call).bit, method(call), from(call), packet(call));
        }
        for (int call = first; call < first + count; call++) {
            rpc.happens(call, kind(call));
        }
        for (int call = first; call < first + count; call++) {
            if (held(call)) {
                // The server leaves what it holds before it completes (REQ-RPC-NOTIFY-011, the caller's part).
                rpc.unsubscribe(number(call) + 1, call, kind(call));
            }
            rpc.end(call, aborts(call));
        }
    }

    /** Whether the subscription is one the documents accept, so the server holds it until it unsubscribes. */
    private static boolean held(int call) {
        return RpcWorld.accepts(kind(call).bit, method(call), from(call));
    }

    /** Synchronous and asynchronous calls in turn, every way of naming each (the callback then gets the async handle). */
    private static boolean async(int call) {
        return (call / From.values().length) % 2 == 1;
    }

    /** Half the asynchronous calls are aborted (RpcAsyncAbortCall) rather than completed, every combination both ways. */
    private static boolean aborts(int call) {
        return (call / COMBINATIONS) % 2 == 1;
    }

    private static int number(int call) {
        return call * 10 + 1;
    }

    private static From from(int call) {
        return From.values()[call % From.values().length];
    }

    /** The client cancels or disconnects, in turn for every way of naming the call and both styles of call. */
    private static Kind kind(int call) {
        return Kind.values()[(call / (2 * From.values().length)) % Kind.values().length];
    }

    /** Every method that names a target, in turn for every kind, way of naming and style: each keeps its own book of targets. */
    private static Method method(int call) {
        return METHODS[(call / (2 * From.values().length * Kind.values().length)) % METHODS.length];
    }

    private static final Method[] METHODS = {Method.CALLBACK, Method.EVENT, Method.APC, Method.IOC};

    /** The calls that cover every combination once: each thread starts at least this many. */
    static final int COMBINATIONS = 2 * From.values().length * Kind.values().length * METHODS.length;

    private static Packet packet(int call) {
        return new Packet(kind(call).bit, 0x1_0000_0000L + call, 64);
    }

    private String report() {
        return String.join("\n", steps) + "\n" + rpc.targets.history.dump();
    }
}
