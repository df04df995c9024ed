package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * On any call's dispatch thread, takes the call dispatched there and ignores the binding given: a
 * server that subscribes another call from there subscribes its own instead. A second party: another
 * call's dispatch thread. (Found by a blind fault-writing review: the runtime looked at the thread
 * before the binding.)
 */
public final class DispatchThreadOverridesBinding extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-010";
    }

    @Override
    public String fault() {
        return "On a call's dispatch thread, the call dispatched there is taken and the binding given is ignored.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            private BindingRef seen(ServerThread onThread, BindingRef binding) {
                boolean dispatch = calls.all().stream().anyMatch(c -> c.dispatchThread().equals(onThread));
                return dispatch ? null : binding;
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                return super.subscribeForNotification(onThread, seen(onThread, binding), notification, type, info);
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                return super.unsubscribeForNotification(onThread, seen(onThread, binding), notification);
            }
        };
    }
}
