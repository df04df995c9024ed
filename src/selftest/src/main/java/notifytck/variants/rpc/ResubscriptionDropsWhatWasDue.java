package notifytck.variants.rpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * A subscription that replaces the target of a kind throws away what the old target still had due:
 * a cancel queued behind a busy APC routine is told to nobody once the server subscribes again.
 * State that changes while a notification is due. (Written after a blind fault the suite missed:
 * no second subscription came while the first target's notification waited.)
 */
public final class ResubscriptionDropsWhatWasDue extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-025";
    }

    @Override
    public String fault() {
        return "Subscribing again for a kind drops the notification the replaced target had due and not yet delivered.";
    }

    private static final int[] BITS = {RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, RpcConstants.RPC_NOTIFICATION_CALL_CANCEL};

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        // Per call and kind, the flag of the target now subscribed: set, its notifications are dropped.
        Map<String, AtomicBoolean> current = new ConcurrentHashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                String call = callOf(onThread, binding);
                if (call == null || info == null) {
                    return super.subscribeForNotification(onThread, binding, notification, type, info);
                }
                AtomicBoolean replaced = new AtomicBoolean();
                NotificationInfo wrapped = Targets.rewrap(info,
                        e -> () -> {
                            if (!replaced.get()) {
                                e.set();
                            }
                        },
                        a -> (thread, event) -> {
                            if (!replaced.get()) {
                                a.run(thread, event);
                            }
                        },
                        p -> (bytes, key, overlapped) -> {
                            if (!replaced.get()) {
                                p.post(bytes, key, overlapped);
                            }
                        },
                        r -> (handle, event) -> {
                            if (!replaced.get()) {
                                r.call(handle, event);
                            }
                        });
                RpcStatus status = super.subscribeForNotification(onThread, binding, notification, type, wrapped);
                if (status.equals(RpcStatus.RPC_S_OK)) {
                    for (int bit : BITS) {
                        if ((notification & bit) != 0) {
                            AtomicBoolean old = current.put(call + "/" + bit, replaced);
                            if (old != null) {
                                old.set(true);
                            }
                        }
                    }
                }
                return status;
            }
        };
    }
}
