package notifytck.variants.rpc;

import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Refuses a subscription naming a kind the call already holds with RPC_S_ALREADY_REGISTERED and
 * keeps the first (the Wine fork's choice); {@link #refused} says what else such a refusal does.
 */
abstract class HeldKindRefusal extends RpcDecorator {
    /** Subscribes the call, for the kinds given, to the refused request's target. */
    interface Subscribe {
        RpcStatus kinds(int notification);
    }

    /**
     * What the refusal does besides returning 1711: {@code free} are the kinds asked for that the
     * call does not hold.
     */
    abstract void refused(Subscribe subscribe, String call, int free, int notification, int type, NotificationInfo info, HeldKinds held);

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        HeldKinds held = new HeldKinds();
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                String call = callOf(onThread, binding);
                int mine = held.of(call);
                if (call != null && (mine & notification) != 0) {
                    refused(bits -> super.subscribeForNotification(onThread, binding, bits, type, info), call, notification & ~mine, notification, type,
                            info, held);
                    return RpcStatus.RPC_S_ALREADY_REGISTERED;
                }
                RpcStatus r = super.subscribeForNotification(onThread, binding, notification, type, info);
                held.subscribed(call, notification, r);
                return r;
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                Unsubscription u = super.unsubscribeForNotification(onThread, binding, notification);
                held.unsubscribed(callOf(onThread, binding), notification, u.status());
                return u;
            }
        };
    }
}
