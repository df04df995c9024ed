package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Accepts both notifications in one event subscription by making two behind the server's back. */
public final class EventForBothAccepted extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-003";
    }

    @Override
    public String fault() {
        return "Accepts both notifications in one event subscription by making two behind the server's back.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                int both = RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL;
                if (type == RpcConstants.RPC_NOTIFICATION_TYPE_EVENT && notification == both) {
                    RpcStatus first = super.subscribeForNotification(onThread, binding, RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, type, info);
                    return first.equals(RpcStatus.RPC_S_OK)
                            ? super.subscribeForNotification(onThread, binding, RpcConstants.RPC_NOTIFICATION_CALL_CANCEL, type, info) : first;
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
