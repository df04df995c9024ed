package notifytck.variants.rpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.rpc.RpcStatus;

/** The notification kinds each call holds, as the variant saw its subscriptions and unsubscriptions succeed. */
final class HeldKinds {
    private final Map<String, Integer> held = new ConcurrentHashMap<>();

    int of(String call) {
        return call == null ? 0 : held.getOrDefault(call, 0);
    }

    void subscribed(String call, int bits, RpcStatus status) {
        if (call != null && status.equals(RpcStatus.RPC_S_OK)) {
            held.merge(call, bits, (a, b) -> a | b);
        }
    }

    void unsubscribed(String call, int bits, RpcStatus status) {
        if (call != null && status.equals(RpcStatus.RPC_S_OK)) {
            held.computeIfPresent(call, (c, had) -> (had & ~bits) == 0 ? null : had & ~bits);
        }
    }
}
