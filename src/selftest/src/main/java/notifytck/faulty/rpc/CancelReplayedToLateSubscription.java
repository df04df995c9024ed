package notifytck.faulty.rpc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Replays a cancel that happened before the server subscribed for it: the server is told of a
 * notification it had not subscribed for when it happened. Every scenario subscribes before the
 * client acts, so only an interleaving with the cancel first shows it.
 */
public final class CancelReplayedToLateSubscription extends FaultyRpc {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-013";
    }

    @Override
    public String fault() {
        return "Tells a subscription about a cancel that happened before it was made.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.RpcNotificationProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, RpcControl control, StartedCalls calls) {
        Set<BindingRef> cancelled = ConcurrentHashMap.newKeySet();
        return new ForwardingRpc(inner, calls) {
            @Override
            void clientActed(CallRef call, boolean cancel) {
                if (cancel) {
                    cancelled.add(call.binding());
                }
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                if (r.equals(RpcStatus.RPC_S_OK) && binding != null && cancelled.remove(binding)
                        && (notification & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0 && info.routine() != null) {
                    info.routine().call(binding.handle(), RpcConstants.RPC_CLIENT_CANCEL);
                }
                return r;
            }
        };
    }
}
