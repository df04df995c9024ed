package notifytck.variants.rpc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;

/** Every call the kit started through the control, so variants can find a call by its handles. */
final class StartedCalls {
    private final List<CallRef> started = new CopyOnWriteArrayList<>();

    private final java.util.Set<CallRef> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();

    List<CallRef> all() {
        return started;
    }

    /** The calls the server has not completed or aborted, oldest first. */
    List<CallRef> inProgress() {
        return started.stream().filter(c -> !ended.contains(c)).toList();
    }

    /** The call a binding names, or for a NULL binding the call dispatched on {@code onThread}; null if none. */
    CallRef named(notifytck.spi.rpc.ServerThread onThread, notifytck.spi.rpc.BindingRef binding) {
        return started.stream().filter(c -> binding != null ? c.binding().equals(binding) : c.dispatchThread().equals(onThread))
                .findFirst().orElse(null);
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
                return c;
            }

            @Override
            public void completeCall(CallRef call) {
                super.completeCall(call);
                ended.add(call);
            }

            @Override
            public void abortCall(CallRef call) {
                super.abortCall(call);
                ended.add(call);
            }
        };
    }
}
