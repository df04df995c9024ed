package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Keeps the server's NotificationInfo instead of a copy and reads its targets only when it delivers. */
public final class InfoReadAtDelivery extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-017";
    }

    @Override
    public String fault() {
        return "Keeps the server's NotificationInfo instead of a copy and reads its targets only when it delivers.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo late = Targets.rewrap(info,
                        e -> () -> {
                            if (info.event() != null) {
                                info.event().set();
                            }
                        },
                        a -> (thread, event) -> {
                            if (info.apcRoutine() != null) {
                                info.apcRoutine().run(thread, event);
                            }
                        },
                        p -> (bytes, key, overlapped) -> {
                            if (info.port() != null) {
                                info.port().post(info.bytesTransferred(), info.completionKey(), info.overlapped());
                            }
                        },
                        r -> (handle, event) -> {
                            if (info.routine() != null) {
                                info.routine().call(handle, event);
                            }
                        });
                return super.subscribeForNotification(onThread, binding, notification, type, late);
            }
        };
    }
}
