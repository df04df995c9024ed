package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Unsubscribes the most recently subscribed call instead of the one named: right whenever a
 * single call is subscribed; wrong once several calls are subscribed and unsubscribed, which the
 * scenario of REQ-RPC-NOTIFY-020 (twenty calls at once) shows.
 */
public final class UnsubscribeHitsLatestSubscription extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-020";
    }

    @Override
    public String fault() {
        return "Unsubscribes the most recently subscribed call instead of the one named.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Deque<BindingRef> subscribed = new ConcurrentLinkedDeque<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                if (r.equals(RpcStatus.RPC_S_OK) && binding != null) {
                    subscribed.remove(binding);
                    subscribed.addLast(binding);
                }
                return r;
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                BindingRef latest = subscribed.peekLast();
                BindingRef target = latest == null ? binding : latest;
                CallRef call = calls.all().stream().filter(c -> c.binding().equals(target)).findFirst().orElse(null);
                return super.unsubscribeForNotification(call == null ? onThread : call.dispatchThread(), target, notification);
            }
        };
    }
}
