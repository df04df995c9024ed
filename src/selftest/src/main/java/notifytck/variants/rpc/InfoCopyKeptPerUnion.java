package notifytck.variants.rpc;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Copies the caller's NotificationInfo once per union and hands the same copy to every later
 * subscription made with that union: a server that updates its union and subscribes another call
 * with it has the second call notified through the first call's target. One subscription per union,
 * as most scenarios make, never shows it. The shape of blind round 18's rpc-info-copy-cached.
 */
public final class InfoCopyKeptPerUnion extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-017";
    }

    @Override
    public String fault() {
        return "Keeps one copy per NotificationInfo object, so a union updated and reused for a second call still names the first target.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Map<NotificationInfo, NotificationInfo> copies = Collections.synchronizedMap(new WeakHashMap<>());
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo copy = info == null ? null : copies.computeIfAbsent(info, i -> Targets.rewrap(i, e -> e, a -> a, p -> p, r -> r));
                return super.subscribeForNotification(onThread, binding, notification, type, copy);
            }
        };
    }
}
