package notifytck.variants.rpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Unsubscribing from one kind throws away whatever the call had due and not yet delivered, of the
 * other kind too; the other kind's subscription stays for later. State changing while a
 * notification waits. (Found by a blind fault-writing review: no check unsubscribed while a
 * notification of the other kind was due.)
 */
public final class UnsubscribeDropsTheOtherKindsDue extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-004";
    }

    @Override
    public String fault() {
        return "Unsubscribing from one kind drops what was due and not yet delivered of the other kind too.";
    }

    /** A subscription as the server made it, to make again. */
    private record Made(int type, NotificationInfo info) {}

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Map<String, Map<Integer, Made>> made = new ConcurrentHashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                String call = callOf(onThread, binding);
                if (r.equals(RpcStatus.RPC_S_OK) && call != null && info != null) {
                    // A copy, as RPC keeps one: the server may change its own afterwards.
                    NotificationInfo copy = new NotificationInfo();
                    copy.overwriteWith(info);
                    for (int bit : BITS) {
                        if ((notification & bit) != 0) {
                            made.computeIfAbsent(call, c -> new ConcurrentHashMap<>()).put(bit, new Made(type, copy));
                        }
                    }
                }
                return r;
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                Unsubscription u = super.unsubscribeForNotification(onThread, binding, notification);
                String call = callOf(onThread, binding);
                Map<Integer, Made> mine = call == null ? null : made.get(call);
                if (u.status().equals(RpcStatus.RPC_S_OK) && mine != null) {
                    for (int bit : BITS) {
                        Made other = mine.get(bit);
                        if ((notification & bit) != 0) {
                            mine.remove(bit);
                        } else if (other != null) {
                            // Leaving the other kind drops its due notification; subscribing again keeps it for later.
                            super.unsubscribeForNotification(onThread, binding, bit);
                            super.subscribeForNotification(onThread, binding, bit, other.type(), other.info());
                        }
                    }
                }
                return u;
            }
        };
    }

    private static final int[] BITS = {RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, RpcConstants.RPC_NOTIFICATION_CALL_CANCEL};
}
