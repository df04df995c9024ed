package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Queues each call's APCs on a lane of that call instead of the named thread's, so two calls' APCs
 * to one thread run at once. A second party: another call's APC to a thread still busy. (Written
 * after a blind fault the suite missed: no two calls named one thread while its routine was busy.)
 */
public final class ApcsOfOneThreadOverlap extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-006";
    }

    @Override
    public String fault() {
        return "APCs of two calls to one server thread run at the same time instead of one after the other.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                if (info == null || info.apcRoutine() == null) {
                    return super.subscribeForNotification(onThread, binding, notification, type, info);
                }
                // The reference's delivery for the thread returns at once; the routine runs on a thread of the call's own.
                NotificationInfo overlapping = Targets.rewrap(info, e -> e, a -> (thread, event) -> {
                    Thread t = new Thread(() -> a.run(thread, event), "apc-of-one-call");
                    t.setDaemon(true);
                    t.start();
                }, p -> p, r -> r);
                return super.subscribeForNotification(onThread, binding, notification, type, overlapping);
            }
        };
    }
}
