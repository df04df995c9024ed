package notifytck.variants.rpc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;

/** Every call the kit started through the control, so variants can find a call by its handles. */
final class StartedCalls {
    private final List<CallRef> started = new CopyOnWriteArrayList<>();

    List<CallRef> all() {
        return started;
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
        };
    }
}
