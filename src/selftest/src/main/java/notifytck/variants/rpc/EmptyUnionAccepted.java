package notifytck.variants.rpc;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Takes the union as given: a subscription by a valid method whose NotificationInfo holds nothing
 * for it answers RPC_S_OK, and nothing can be told through it. The Wine fork named in
 * docs/rpc-readings.md accepts a zeroed union; the reference refuses it.
 */
public final class EmptyUnionAccepted extends RpcDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Answers RPC_S_OK to a subscription whose NotificationInfo holds nothing for its method, subscribing nothing through it.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-RPC-NOTIFY-028");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                boolean empty = switch (type) {
                    case RpcConstants.RPC_NOTIFICATION_TYPE_EVENT -> info.event() == null;
                    case RpcConstants.RPC_NOTIFICATION_TYPE_APC -> info.apcRoutine() == null;
                    case RpcConstants.RPC_NOTIFICATION_TYPE_IOC -> info.port() == null;
                    case RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK -> info.routine() == null;
                    default -> false;
                };
                return empty ? RpcStatus.RPC_S_OK : super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
