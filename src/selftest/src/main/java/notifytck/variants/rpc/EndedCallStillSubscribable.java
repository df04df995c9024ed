package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Keeps a call's binding in its table after the call ended: a subscription through it answers
 * RPC_S_OK, though no call is left to notify about.
 */
public final class EndedCallStillSubscribable extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-029";
    }

    @Override
    public String fault() {
        return "Answers RPC_S_OK to a subscription through the binding of a call the server already completed or aborted.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                return calls.hasEnded(binding) ? RpcStatus.RPC_S_OK : r;
            }
        };
    }
}
