package notifytck.variants.rpc;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Resolves a NULL binding on a dispatch thread to the oldest call still in progress instead of the
 * call dispatched on that thread, as a runtime that keeps "the current call" in one global slot
 * would. With one call in progress, or when the call subscribed is the oldest, nothing shows.
 */
public final class NullBindingMeansOldestCall extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-015";
    }

    @Override
    public String fault() {
        return "A NULL binding on a dispatch thread subscribes the oldest call in progress, not the one dispatched on that thread.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.RpcModelProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                List<CallRef> inProgress = calls.inProgress();
                if (binding == null && inProgress.stream().anyMatch(c -> c.dispatchThread().equals(onThread))) {
                    CallRef oldest = inProgress.get(0);
                    return super.subscribeForNotification(oldest.dispatchThread(), null, notification, type, info);
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
