package notifytck.variants.rpc;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Refuses an event subscription for both kinds with RPC_S_CANNOT_SUPPORT rather than RPC_S_INVALID_ARG. */
public final class EventWithBothKindsNotSupported extends RpcDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Refuses one event subscription for both kinds with RPC_S_CANNOT_SUPPORT (1764), subscribing nothing.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-RPC-NOTIFY-003");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                int both = RpcConstants.RPC_NOTIFICATION_CALL_CANCEL | RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT;
                if (type == RpcConstants.RPC_NOTIFICATION_TYPE_EVENT && notification == both) {
                    return RpcStatus.RPC_S_CANNOT_SUPPORT;
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
