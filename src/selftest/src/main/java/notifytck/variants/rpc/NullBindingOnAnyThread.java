package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Resolves a NULL binding to the latest call even on a thread that dispatched no call. */
public final class NullBindingOnAnyThread extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-016";
    }

    @Override
    public String fault() {
        return "Resolves a NULL binding to the latest call even on a thread that dispatched no call.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                if (binding == null && !calls.all().isEmpty()) {
                    notifytck.spi.rpc.CallRef latest = calls.all().get(calls.all().size() - 1);
                    return super.subscribeForNotification(latest.dispatchThread(), latest.binding(), notification, type, info);
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
