package notifytck.variants.rpc;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Queues APCs on a lane per named thread and kind instead of one per named thread, so a call
 * subscribed for both kinds by APC to one thread can have its disconnect routine running while its
 * cancel routine still is. Two calls' cancels to one thread still run one after the other. The
 * shape of blind round 17's rpc-lane-per-kind (a second party: the call's other kind).
 */
public final class ApcOfEachKindOnItsOwnLane extends RpcDecorator implements FaultyVariant {
    private static final Executor OWN_THREAD = r -> {
        Thread t = new Thread(r, "apc-lane-of-a-kind");
        t.setDaemon(true);
        t.start();
    };

    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-006";
    }

    @Override
    public String fault() {
        return "APCs to one thread run on a lane per kind, so a call's disconnect APC runs beside its cancel APC.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        OwnWork running = new OwnWork();
        Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            boolean quiesceOwn(java.time.Duration deadline) {
                return running.awaitNone(deadline);
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                if (info == null || info.apcRoutine() == null) {
                    return super.subscribeForNotification(onThread, binding, notification, type, info);
                }
                // The reference's delivery for the thread returns at once; the routine runs on a lane of the
                // named thread and the kind, each lane in its order, on threads of the fault's own.
                NotificationInfo overlapping = Targets.rewrap(info, e -> e, a -> (thread, event) -> {
                    running.started();
                    Runnable apc = () -> {
                        try {
                            a.run(thread, event);
                        } finally {
                            running.ended();
                        }
                    };
                    lanes.compute((thread == null ? "" : thread.id()) + "/" + event,
                            (k, before) -> (before == null ? CompletableFuture.<Void>completedFuture(null) : before).thenRunAsync(apc, OWN_THREAD));
                }, p -> p, r -> r);
                return super.subscribeForNotification(onThread, binding, notification, type, overlapping);
            }
        };
    }
}
