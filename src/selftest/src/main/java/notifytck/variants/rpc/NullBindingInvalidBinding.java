package notifytck.variants.rpc;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Refuses a NULL binding off the dispatch thread with RPC_S_INVALID_BINDING rather than RPC_S_NO_CALL_ACTIVE. */
public final class NullBindingInvalidBinding extends RpcDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Refuses a NULL binding on a thread that dispatched no call with RPC_S_INVALID_BINDING (1702).";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-RPC-NOTIFY-016");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                return binding == null && r.equals(RpcStatus.RPC_S_NO_CALL_ACTIVE) ? RpcStatus.RPC_S_INVALID_BINDING : r;
            }
        };
    }
}
