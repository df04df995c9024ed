package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Drops notification bits it does not support and subscribes the rest instead of refusing the call. */
public final class UnsupportedBitsMaskedOff extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-001";
    }

    @Override
    public String fault() {
        return "Drops notification bits it does not support and subscribes the rest instead of refusing the call.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                int supported = notification & (RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL);
                if (supported == 0) {
                    return RpcStatus.RPC_S_OK;
                }
                return super.subscribeForNotification(onThread, binding, supported, type, info);
            }
        };
    }
}
