package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Checks the union only for the methods it calls back through (event, APC, callback): a completion
 * port subscription whose union names no port answers RPC_S_OK and can never be told anything.
 */
public final class EmptyPortUnionAccepted extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-028";
    }

    @Override
    public String fault() {
        return "Answers RPC_S_OK to a completion port subscription whose NotificationInfo names no port, subscribing nothing.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                if (type == RpcConstants.RPC_NOTIFICATION_TYPE_IOC && info.port() == null) {
                    return RpcStatus.RPC_S_OK;
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
