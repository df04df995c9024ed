package notifytck.faulty.rpc;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Delivers notifications on the thread whose cancel or disconnect caused them, before that call returns. */
public final class DeliveredOnCancellingThread extends FaultyRpc {
    private RpcControl control;

    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-022";
    }

    @Override
    public String fault() {
        return "Delivers notifications on the thread whose cancel or disconnect caused them.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, RpcControl control, StartedCalls calls) {
        this.control = control;
        Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo held = Targets.rewrap(info,
                        e -> () -> pending.add(e::set),
                        a -> (thread, event) -> pending.add(() -> a.run(thread, event)),
                        p -> (bytes, key, overlapped) -> pending.add(() -> p.post(bytes, key, overlapped)),
                        r -> (handle, event) -> pending.add(() -> r.call(handle, event)));
                return super.subscribeForNotification(onThread, binding, notification, type, held);
            }

            @Override
            void flush() {
                for (Runnable r = pending.poll(); r != null; r = pending.poll()) {
                    r.run();
                }
            }
        };
    }

    @Override
    void afterAction(ForwardingRpc adapter) {
        control.quiesce(Duration.ofSeconds(2));
        adapter.flush();
    }
}
