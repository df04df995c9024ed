package notifytck.variants.rpc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;

/** Every call the kit started through the control, so variants can find a call by its handles. */
final class StartedCalls {
    private final List<CallRef> started = new CopyOnWriteArrayList<>();

    private final java.util.Set<CallRef> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * Indexes of the calls by their handles: a storm of thousands of calls (RpcCallStorm) asks for
     * a call on each request, and a search of every call each time made the self-test quadratic.
     */
    private final java.util.Map<notifytck.spi.rpc.BindingRef, CallRef> byBinding = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<notifytck.spi.rpc.ServerThread, CallRef> byDispatchThread = new java.util.concurrent.ConcurrentHashMap<>();
    /** The decorator told of each call arriving and ending, once it exists (it is made after the control). */
    private volatile ForwardingRpc told;

    void tell(ForwardingRpc decorator) {
        told = decorator;
    }

    /** The server completed or aborted the call. */
    private void ended(CallRef call) {
        ended.add(call);
        if (told != null) {
            told.callEnded(call);
        }
    }

    List<CallRef> all() {
        return started;
    }

    /** The calls the server has not completed or aborted, oldest first. */
    List<CallRef> inProgress() {
        return started.stream().filter(c -> !ended.contains(c)).toList();
    }

    /** The call a binding names, or for a NULL binding the call dispatched on {@code onThread}; null if none. */
    CallRef named(notifytck.spi.rpc.ServerThread onThread, notifytck.spi.rpc.BindingRef binding) {
        return binding != null ? byBinding.get(binding) : dispatchedOn(onThread);
    }

    /** The call dispatched on {@code onThread}; null if none. */
    CallRef dispatchedOn(notifytck.spi.rpc.ServerThread onThread) {
        return onThread == null ? null : byDispatchThread.get(onThread);
    }

    CallRef byAsyncHandle(String handle) {
        return started.stream().filter(c -> c.async() != null && c.async().handle().equals(handle)).findFirst().orElse(null);
    }

    RpcControl recording(RpcControl control) {
        return new ForwardingRpcControl(control) {
            @Override
            public CallRef startCall(boolean asynchronous) {
                CallRef c = super.startCall(asynchronous);
                started.add(c);
                byBinding.putIfAbsent(c.binding(), c);
                if (c.dispatchThread() != null) {
                    byDispatchThread.putIfAbsent(c.dispatchThread(), c);
                }
                if (told != null) {
                    told.callStarted(c);
                }
                return c;
            }

            @Override
            public void completeCall(CallRef call) {
                super.completeCall(call);
                ended(call);
            }

            @Override
            public void abortCall(CallRef call) {
                super.abortCall(call);
                ended(call);
            }
        };
    }
}
