package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Answers a subscription with method RpcNotificationTypeNone with RPC_S_OK. */
public final class NoneMethodAccepted extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-002";
    }

    @Override
    public String fault() {
        return "Answers a subscription with method RpcNotificationTypeNone with RPC_S_OK.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                if (type == RpcConstants.RPC_NOTIFICATION_TYPE_NONE) {
                    return RpcStatus.RPC_S_OK;
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
