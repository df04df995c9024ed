package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.ServerThread;

/**
 * Unsubscribes the supported kinds a Notification names and ignores the other bits, instead of
 * refusing the value: a value never varied before, since every scenario and property unsubscribed
 * from one supported kind.
 */
public final class UnsubscribeMasksUnsupportedBits extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-027";
    }

    @Override
    public String fault() {
        return "Unsubscribes the supported kinds a Notification names and ignores its other bits instead of refusing it.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                int supported = notification & (RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL);
                return super.unsubscribeForNotification(onThread, binding, supported == 0 ? notification : supported);
            }
        };
    }
}
