package notifytck.reference.rpc;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.rpc.AsyncHandleRef;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.ServerThread;

/**
 * The calls the runtime dispatched, found the two ways the document allows: by binding handle
 * from any thread, or by NULL binding from the thread RPC dispatched the call on. Server threads
 * are names only; no Java thread stands behind a call or a server thread.
 */
final class RpcRuntime {
    private final String tag;
    private final DeliveryLanes lanes;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong workers = new AtomicLong();

    /** Every call started, ended ones included, so the kit may still act on a call it completed. */
    private final ConcurrentHashMap<String, ServerCall> byId = new ConcurrentHashMap<>();
    /** Calls in progress only: an ended call's binding and dispatch thread no longer name it. */
    private final ConcurrentHashMap<BindingRef, ServerCall> byBinding = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ServerThread, ServerCall> byDispatchThread = new ConcurrentHashMap<>();

    /** {@code tag} is in every handle, so one instance's handles are unknown to another. */
    RpcRuntime(String tag, DeliveryLanes lanes) {
        this.tag = tag;
        this.lanes = lanes;
    }

    /** Each call gets its own dispatch thread, so a NULL binding on it names that call alone. */
    CallRef start(boolean asynchronous) {
        long n = calls.incrementAndGet();
        CallRef ref = new CallRef(tag + "-call-" + n, new BindingRef(tag + "-binding-" + n),
                asynchronous ? new AsyncHandleRef(tag + "-async-" + n) : null,
                new ServerThread(tag + "-dispatch-" + n));
        ServerCall call = new ServerCall(ref, lanes);
        byId.put(ref.id(), call);
        byBinding.put(ref.binding(), call);
        byDispatchThread.put(ref.dispatchThread(), call);
        return ref;
    }

    ServerThread newWorkerThread() {
        return new ServerThread(tag + "-worker-" + workers.incrementAndGet());
    }

    /**
     * The call a server call on {@code onThread} with {@code binding} means, or null if none is in
     * progress there. A non-null binding decides alone; the thread matters only for a NULL one.
     * The caller still meets a call that ends meanwhile, and asks it.
     */
    ServerCall inProgress(ServerThread onThread, BindingRef binding) {
        if (binding != null) {
            return byBinding.get(binding);
        }
        return onThread == null ? null : byDispatchThread.get(onThread);
    }

    /** The kit's handle to a call this instance started; anything else is the kit's bug. */
    ServerCall started(CallRef ref, String operation) {
        if (ref == null) {
            throw new IllegalArgumentException(operation + ": the call is null");
        }
        ServerCall call = byId.get(ref.id());
        if (call == null || !call.ref().equals(ref)) {
            throw new IllegalArgumentException(operation + ": " + ref + " is not a call this runtime started");
        }
        return call;
    }

    /** After the call ended: its binding and dispatch thread stop naming it. */
    void forget(ServerCall call) {
        byBinding.remove(call.ref().binding(), call);
        byDispatchThread.remove(call.ref().dispatchThread(), call);
    }
}
