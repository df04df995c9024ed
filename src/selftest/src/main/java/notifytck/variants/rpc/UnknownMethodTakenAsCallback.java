package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Reads a NotificationType above RpcNotificationTypeCallback as the callback method: the method
 * switch's default branch, where the union holds a routine.
 */
public final class UnknownMethodTakenAsCallback extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-028";
    }

    @Override
    public String fault() {
        return "Takes a NotificationType above RpcNotificationTypeCallback (5) as the callback method.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                boolean beyond = Integer.compareUnsigned(type, RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK) > 0;
                return super.subscribeForNotification(onThread, binding, notification,
                        beyond && info.routine() != null ? RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK : type, info);
            }
        };
    }
}
