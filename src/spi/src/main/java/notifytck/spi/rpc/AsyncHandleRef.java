package notifytck.spi.rpc;

import java.util.Objects;

/** The RPC_ASYNC_STATE handle of an asynchronous call, as an opaque handle. */
public record AsyncHandleRef(String handle) {
    public AsyncHandleRef {
        Objects.requireNonNull(handle, "handle");
    }
}
