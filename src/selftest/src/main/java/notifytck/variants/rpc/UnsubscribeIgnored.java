package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Answers RpcServerUnsubscribeForNotification with RPC_S_OK but keeps the subscription. */
public final class UnsubscribeIgnored extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-012";
    }

    @Override
    public String fault() {
        return "Answers RpcServerUnsubscribeForNotification with RPC_S_OK but keeps the subscription.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                return new Unsubscription(RpcStatus.RPC_S_OK, 0);
            }
        };
    }
}
