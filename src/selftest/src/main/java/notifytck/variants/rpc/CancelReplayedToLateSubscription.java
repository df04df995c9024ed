package notifytck.variants.rpc;

import notifytck.selftest.DefensibleVariant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Tells a subscription at once about a cancel that happened before it was made, as the Wine fork's
 * rpc_server.c does. The document does not settle it (REQ-RPC-NOTIFY-024 accepts both), so the
 * kit must pass it. It was once a faulty variant of REQ-RPC-NOTIFY-013; that reading was the kit's
 * own, stated nowhere.
 */
public final class CancelReplayedToLateSubscription extends RpcDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Tells a subscription at once about a cancel that happened before it was made.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-RPC-NOTIFY-024");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Set<BindingRef> cancelled = ConcurrentHashMap.newKeySet();
        // Still once per call: a call whose cancel came while it was subscribed for it (by any method), or was replayed, is not told again.
        Set<BindingRef> subscribed = ConcurrentHashMap.newKeySet();
        Set<BindingRef> told = ConcurrentHashMap.newKeySet();
        // The cancels this decorator replayed itself: the reference never queued them, so its NotificationsQueued leaves them out.
        Set<BindingRef> replayed = ConcurrentHashMap.newKeySet();
        return new ForwardingRpc(inner, calls) {
            @Override
            void clientActed(CallRef call, boolean cancel) {
                if (cancel && cancelled.add(call.binding()) && subscribed.contains(call.binding())) {
                    told.add(call.binding());
                }
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef given, int notification, int type, NotificationInfo info) {
                // A NULL binding on a dispatch thread names that thread's call.
                CallRef call = calls.named(onThread, given);
                NotificationTargets.NotificationRoutine routine = info.routine();
                RpcStatus r = super.subscribeForNotification(onThread, given, notification, type, info);
                if (r.equals(RpcStatus.RPC_S_OK) && call != null && (notification & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0) {
                    subscribed.add(call.binding());
                    if (cancelled.contains(call.binding()) && routine != null && told.add(call.binding())) {
                        replayed.add(call.binding());
                        // The routine gets what a runtime passes it: the async handle of an asynchronous call (REQ-RPC-NOTIFY-008).
                        routine.call(call.asynchronous() ? call.async().handle() : call.binding().handle(), RpcConstants.RPC_CLIENT_CANCEL);
                    }
                }
                return r;
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                Unsubscription u = super.unsubscribeForNotification(onThread, binding, notification);
                if ((notification & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0) {
                    CallRef call = calls.named(onThread, binding);
                    if (call != null) {
                        subscribed.remove(call.binding());
                        if (u.status().equals(RpcStatus.RPC_S_OK) && replayed.contains(call.binding())) {
                            return new Unsubscription(u.status(), u.notificationsQueued() + 1);
                        }
                    }
                }
                return u;
            }
        };
    }
}
