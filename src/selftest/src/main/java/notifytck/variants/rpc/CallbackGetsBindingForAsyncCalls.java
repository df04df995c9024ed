package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;

/** Passes the notification routine the binding handle even for an asynchronous call. */
public final class CallbackGetsBindingForAsyncCalls extends BindingInPlaceOfAsyncHandle implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-008";
    }

    @Override
    public String fault() {
        return "Passes the notification routine the binding handle even for an asynchronous call.";
    }

    @Override
    boolean swaps(int event) {
        return true;
    }
}
