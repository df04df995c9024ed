package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Applies a subscription to every call in progress instead of the one it names. */
public final class SubscriptionCoversEveryCall extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-010";
    }

    @Override
    public String fault() {
        return "Applies a subscription to every call in progress instead of the one it names.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                if (r.equals(RpcStatus.RPC_S_OK)) {
                    for (notifytck.spi.rpc.CallRef other : calls.all()) {
                        if (binding == null || !other.binding().equals(binding)) {
                            super.subscribeForNotification(other.dispatchThread(), other.binding(), notification, type, info);
                        }
                    }
                }
                return r;
            }
        };
    }
}
