package notifytck.variants.rpc;

import notifytck.selftest.DefensibleVariant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
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
        // Still once per call: a call already told of its cancel, by the runtime or by a replay, is not told again.
        Set<BindingRef> told = ConcurrentHashMap.newKeySet();
        return new ForwardingRpc(inner, calls) {
            @Override
            void clientActed(CallRef call, boolean cancel) {
                if (cancel) {
                    cancelled.add(call.binding());
                }
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo passed = info;
                if (binding != null && info.routine() != null) {
                    notifytck.spi.rpc.NotificationTargets.NotificationRoutine kit = info.routine();
                    passed = NotificationInfo.callback((handle, event) -> {
                        if (event == RpcConstants.RPC_CLIENT_CANCEL) {
                            told.add(binding);
                        }
                        kit.call(handle, event);
                    });
                }
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, passed);
                if (r.equals(RpcStatus.RPC_S_OK) && binding != null && cancelled.contains(binding)
                        && (notification & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0 && info.routine() != null && told.add(binding)) {
                    info.routine().call(binding.handle(), RpcConstants.RPC_CLIENT_CANCEL);
                }
                return r;
            }
        };
    }
}
