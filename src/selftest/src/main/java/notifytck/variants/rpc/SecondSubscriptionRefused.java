package notifytck.variants.rpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Refuses a subscription for a kind the call already holds with RPC_S_ALREADY_REGISTERED and
 * keeps the first, as the Wine fork's rpc_server.c does.
 */
public final class SecondSubscriptionRefused extends RpcDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Refuses a second subscription to a held kind with RPC_S_ALREADY_REGISTERED (1711) and changes nothing.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-RPC-NOTIFY-025");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Map<String, Integer> held = new ConcurrentHashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                String call = callOf(onThread, binding);
                if (call != null && (held.getOrDefault(call, 0) & notification) != 0) {
                    return RpcStatus.RPC_S_ALREADY_REGISTERED;
                }
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                if (r.equals(RpcStatus.RPC_S_OK) && call != null) {
                    held.merge(call, notification, (a, b) -> a | b);
                }
                return r;
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                Unsubscription u = super.unsubscribeForNotification(onThread, binding, notification);
                String call = callOf(onThread, binding);
                if (u.status().equals(RpcStatus.RPC_S_OK) && call != null) {
                    held.computeIfPresent(call, (c, bits) -> (bits & ~notification) == 0 ? null : bits & ~notification);
                }
                return u;
            }
        };
    }

}
