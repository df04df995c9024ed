package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Subscribes for both notifications whatever the server asked for, when the method can carry both. */
public final class UnsubscribedKindDelivered extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-013";
    }

    @Override
    public String fault() {
        return "Subscribes for both notifications whatever the server asked for, when the method can carry both.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                int both = RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL;
                boolean supported = notification != 0 && (notification & ~both) == 0;
                if (supported && type != RpcConstants.RPC_NOTIFICATION_TYPE_EVENT && type != RpcConstants.RPC_NOTIFICATION_TYPE_NONE) {
                    return super.subscribeForNotification(onThread, binding, both, type, info);
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
