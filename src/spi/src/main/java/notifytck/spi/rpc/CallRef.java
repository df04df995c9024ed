package notifytck.spi.rpc;

import java.util.Objects;

/**
 * A call in progress on the server: its binding handle, the async handle for an asynchronous
 * call (null for a synchronous one), and the thread RPC dispatched it on.
 */
public record CallRef(String id, BindingRef binding, AsyncHandleRef async, ServerThread dispatchThread) {
    public CallRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(dispatchThread, "dispatchThread");
    }

    public boolean asynchronous() {
        return async != null;
    }
}
