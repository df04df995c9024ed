package notifytck.spi.rpc;

import java.util.Objects;

/** An RPC_BINDING_HANDLE for a call in progress, as an opaque handle. */
public record BindingRef(String handle) {
    public BindingRef {
        Objects.requireNonNull(handle, "handle");
    }
}
