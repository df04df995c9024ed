package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Takes the subscription's kinds off the call before it checks the notification type: a call
 * refused for RPC_NOTIFICATION_TYPE_NONE still ends the earlier subscription to those kinds. What a
 * refused call leaves behind. (Found by a blind fault-writing review, whose form of it refused a
 * missing target after storing it: the model never drew a refused call for a kind the call held.)
 */
public final class RefusedSubscriptionDropsHeldKind extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-002";
    }

    @Override
    public String fault() {
        return "A subscription refused for notification type None still ends the call's earlier subscription to its kinds.";
    }

    /** No scenario subscribes again after a refusal; the model draws it. */
    @Override
    public java.util.List<String> properties() {
        return java.util.List.of("notifytck.properties.RpcModelProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                if (type == RpcConstants.RPC_NOTIFICATION_TYPE_NONE && !r.equals(RpcStatus.RPC_S_OK)) {
                    for (int bit : new int[] {RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, RpcConstants.RPC_NOTIFICATION_CALL_CANCEL}) {
                        if ((notification & bit) != 0) {
                            super.unsubscribeForNotification(onThread, binding, bit);
                        }
                    }
                }
                return r;
            }
        };
    }
}
