package notifytck.properties;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import notifytck.kit.Deadline;
import notifytck.kit.Settling;
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
 * Every RPC call a run makes through the SPI, each under a deadline, with what the implementation
 * answered put under the name {@link RpcWorld} gives it. Shared by the sequential and the
 * concurrent runs (safe from several threads), so both make and record their calls alike.
 */
final class RpcCalls {
    final RpcTargets targets = new RpcTargets();
    private final RpcServerAdapter adapter;
    private final RpcControl control;
    private final Map<String, String> results = new ConcurrentHashMap<>();
    /** Whether each call runs on the caller's own thread instead of under a deadline of its own. */
    private final boolean direct;

    RpcCalls(SystemUnderTest sut) {
        this(sut, false);
    }

    /**
     * With {@code direct}, every call runs on the thread that makes it, which must then be under a
     * deadline of its own ({@link notifytck.kit.AllAtOnce}'s budget): a hand-off to a kit thread per
     * call spaces the calls of several threads out, and hides the races a storm of calls looks for.
     */
    RpcCalls(SystemUnderTest sut, boolean direct) {
        this.adapter = sut.rpc();
        this.control = sut.rpcControl();
        this.direct = direct;
    }

    private <T> T call(String what, Supplier<T> call) {
        return direct ? call.get() : Deadline.call(what, call);
    }

    /** A client's call, known to the targets as {@code id} (the model's number for it). */
    CallRef start(int id, boolean async) {
        CallRef ref = call("startCall", () -> control.startCall(async));
        targets.call(id, ref);
        return ref;
    }

    /** A server thread dispatching no call; each thread of the kit's needs its own. */
    ServerThread worker() {
        ServerThread w = call("workerThread", control::workerThread);
        if (w == null) {
            // The control broke the SPI's promise; no rule of the document says anything of it, so none is named
            // (REQ-RPC-NOTIFY-016 is about a NULL binding on a worker thread, which this is not).
            throw new AssertionError("RpcControl.workerThread() handed back no thread, where the SPI promises one");
        }
        return w;
    }

    /**
     * The bits a run asks for: valid bits without the kinds the call holds already (a second
     * subscription to a held kind is left open by the document), 0 when none is left; other bits as drawn.
     */
    static int unheld(int bits, java.util.Set<Kind> held) {
        if (bits < 1 || bits > 3) {
            return bits;
        }
        int asked = bits;
        for (Kind k : held) {
            asked &= ~k.bit;
        }
        return asked;
    }

    /** Subscription call {@code number} on {@code call}, from its dispatch thread or {@code worker} as {@code from} says. */
    void subscribe(int number, int call, ServerThread worker, int bits, Method method, From from, Packet packet) {
        CallRef c = targets.call(call);
        ServerThread thread = from.dispatchThread ? c.dispatchThread() : worker;
        BindingRef binding = from.nullBinding ? null : c.binding();
        NotificationInfo info = targets.target(number, call, bits, method, packet);
        RpcStatus s = call("subscribeForNotification", () -> adapter.subscribeForNotification(thread, binding, bits, method.type, info));
        results.put(RpcWorld.subscriptionKey(number), s.equals(RpcStatus.RPC_S_OK) ? RpcWorld.ACCEPTED : RpcWorld.REFUSED);
        results.put(RpcWorld.codeKey(number), s.name());
    }

    boolean accepted(int number) {
        return RpcWorld.ACCEPTED.equals(results.get(RpcWorld.subscriptionKey(number)));
    }

    void unsubscribe(int number, int call, Kind kind) {
        unsubscribe(number, call, kind.bit);
    }

    /** Unsubscription call {@code number} on {@code call} from the Notification {@code bits}, on its dispatch thread with its binding. */
    void unsubscribe(int number, int call, int bits) {
        CallRef c = targets.call(call);
        notifytck.spi.rpc.RpcServerAdapter.Unsubscription u = call("unsubscribeForNotification",
                () -> adapter.unsubscribeForNotification(c.dispatchThread(), c.binding(), bits));
        results.put(RpcWorld.unsubscriptionKey(number), u.status().name());
        results.put(RpcWorld.queuedKey(number), Integer.toString(u.notificationsQueued()));
    }

    /** The client cancels or disconnects. */
    void happens(int call, Kind kind) {
        CallRef c = targets.call(call);
        call(kind == Kind.CANCEL ? "clientCancels" : "clientDisconnects", () -> {
            if (kind == Kind.CANCEL) {
                control.clientCancels(c);
            } else {
                control.clientDisconnects(c);
            }
            return null;
        });
    }

    /** The server completes the call, or aborts it when it is asynchronous and {@code abort} asks; returns whether it aborted. */
    boolean end(int call, boolean abort) {
        CallRef c = targets.call(call);
        boolean aborts = abort && c.asynchronous();
        call(aborts ? "abortCall" : "completeCall", () -> {
            if (aborts) {
                control.abortCall(c);
            } else {
                control.completeCall(c);
            }
            return null;
        });
        return aborts;
    }

    /** RpcServerTestCancel with the call's binding, on its dispatch thread. */
    void testCancel(int number, int call) {
        CallRef c = targets.call(call);
        RpcStatus s = call("testCancel", () -> adapter.testCancel(c.dispatchThread(), c.binding()));
        results.put(RpcWorld.testKey(number), s.name());
    }

    /** The call attributes' disconnected status, with the call's binding, on its dispatch thread. */
    void askDisconnected(int number, int call) {
        CallRef c = targets.call(call);
        boolean gone = call("isClientDisconnected", () -> adapter.isClientDisconnected(c.dispatchThread(), c.binding()));
        results.put(RpcWorld.testKey(number), gone ? "disconnected" : "connected");
    }

    /** Once the implementation quiesced: every result and every target's observables, as the model names them. */
    Map<String, String> observe(Supplier<String> report) {
        Settling.quiesce("quiesce", control::quiesce, report);
        Map<String, String> observed = new java.util.LinkedHashMap<>(new TreeMap<>(results));
        targets.render(observed);
        return observed;
    }
}
