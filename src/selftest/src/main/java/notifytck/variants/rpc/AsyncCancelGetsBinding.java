package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.RpcConstants;

/**
 * Passes the notification routine the async handle of an asynchronous call for a disconnect but
 * its binding handle for a cancel, as if the cancel path had been written for synchronous calls
 * only. A synchronous cancel and an asynchronous disconnect, the two pairs one would pick first,
 * are right.
 */
public final class AsyncCancelGetsBinding extends BindingInPlaceOfAsyncHandle implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-008";
    }

    @Override
    public String fault() {
        return "For an asynchronous call, passes the routine the binding handle on a cancel (the async handle only on a disconnect).";
    }

    @Override
    boolean swaps(int event) {
        return event == RpcConstants.RPC_CLIENT_CANCEL;
    }
}
