package notifytck.variants.rpc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * An unsubscription that drops a cancel still due also forgets that the client cancelled:
 * RpcServerTestCancel then answers RPC_S_CALL_IN_PROGRESS. A cancel whose notification arrived, or
 * one the server never subscribed to, is still reported, so every scenario that tests for a cancel
 * after its notification passes. The shape of blind round 20's rpc-dropped-due-uncancels.
 */
public final class CancelForgottenWithItsDroppedNotification extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-014";
    }

    @Override
    public String fault() {
        return "After an unsubscription from call cancel that dropped a cancel not yet delivered, RpcServerTestCancel says the call is not cancelled.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Set<String> subscribed = ConcurrentHashMap.newKeySet();
        Set<String> cancelArrived = ConcurrentHashMap.newKeySet();
        Set<String> forgotten = ConcurrentHashMap.newKeySet();
        Set<String> cancelDue = ConcurrentHashMap.newKeySet();
        return new ForwardingRpc(inner, calls) {
            @Override
            void clientActed(notifytck.spi.rpc.CallRef call, boolean cancel) {
                super.clientActed(call, cancel);
                if (cancel && subscribed.contains(call.binding().handle())) {
                    cancelDue.add(call.binding().handle()); // cancelled while subscribed: a notification is due
                }
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                String call = binding == null ? null : binding.handle();
                NotificationInfo wrapped = info == null || call == null ? info : Targets.rewrap(info,
                        e -> () -> {
                            cancelArrived.add(call); // an event names no kind: counted as the cancel, which keeps the variant quiet there
                            e.set();
                        },
                        a -> (thread, event) -> {
                            if (event == RpcConstants.RPC_CLIENT_CANCEL) {
                                cancelArrived.add(call);
                            }
                            a.run(thread, event);
                        },
                        p -> p,
                        r -> (handle, event) -> {
                            if (event == RpcConstants.RPC_CLIENT_CANCEL) {
                                cancelArrived.add(call);
                            }
                            r.call(handle, event);
                        });
                RpcStatus s = super.subscribeForNotification(onThread, binding, notification, type, wrapped);
                if (s == RpcStatus.RPC_S_OK && call != null && (notification & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0) {
                    subscribed.add(call);
                }
                return s;
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                Unsubscription u = super.unsubscribeForNotification(onThread, binding, notification);
                String call = binding == null ? null : binding.handle();
                if (call != null && u.status() == RpcStatus.RPC_S_OK && u.notificationsQueued() == 0
                        && (notification & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0
                        && cancelDue.contains(call) && !cancelArrived.contains(call)
                        && super.testCancel(onThread, binding) == RpcStatus.RPC_S_OK) {
                    // Cancelled, its notification not arrived and not counted as queued: this unsubscription dropped it.
                    forgotten.add(call);
                }
                return u;
            }

            @Override
            public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
                RpcStatus s = super.testCancel(onThread, binding);
                return binding != null && forgotten.contains(binding.handle()) ? RpcStatus.RPC_S_CALL_IN_PROGRESS : s;
            }
        };
    }
}
