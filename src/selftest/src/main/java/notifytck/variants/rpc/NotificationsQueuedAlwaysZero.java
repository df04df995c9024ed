package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.ServerThread;

/**
 * An output never inspected: RpcServerUnsubscribeForNotification reports no notification queued,
 * whatever reached the server, so a server that compares the count with what it received (as the
 * unsubscribe page asks) waits for nothing or thinks it got more than was sent. The reference
 * itself reported only what its unsubscription dropped until 2026-12-03, and nothing judged it.
 */
public final class NotificationsQueuedAlwaysZero extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-026";
    }

    @Override
    public String fault() {
        return "RpcServerUnsubscribeForNotification reports 0 in NotificationsQueued whatever reached the server.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                Unsubscription u = super.unsubscribeForNotification(onThread, binding, notification);
                return new Unsubscription(u.status(), 0);
            }
        };
    }
}
