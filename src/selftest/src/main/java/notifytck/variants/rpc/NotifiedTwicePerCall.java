package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Delivers every notification twice. */
public final class NotifiedTwicePerCall extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-021";
    }

    @Override
    public String fault() {
        return "Delivers every notification twice.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo twice = Targets.rewrap(info,
                        e -> () -> {
                            e.set();
                            e.set();
                        },
                        a -> (thread, event) -> {
                            a.run(thread, event);
                            a.run(thread, event);
                        },
                        p -> (bytes, key, overlapped) -> {
                            p.post(bytes, key, overlapped);
                            p.post(bytes, key, overlapped);
                        },
                        r -> (handle, event) -> {
                            r.call(handle, event);
                            r.call(handle, event);
                        });
                return super.subscribeForNotification(onThread, binding, notification, type, twice);
            }
        };
    }
}
