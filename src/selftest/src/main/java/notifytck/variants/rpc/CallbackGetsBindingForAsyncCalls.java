package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Passes the notification routine the binding handle even for an asynchronous call. */
public final class CallbackGetsBindingForAsyncCalls extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-008";
    }

    @Override
    public String fault() {
        return "Passes the notification routine the binding handle even for an asynchronous call.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, RpcControl control, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo wrapped = Targets.rewrap(info, e -> e, a -> a, p -> p, routine -> (handle, event) -> {
                    notifytck.spi.rpc.CallRef call = calls.byAsyncHandle(handle);
                    routine.call(call == null ? handle : call.binding().handle(), event);
                });
                return super.subscribeForNotification(onThread, binding, notification, type, wrapped);
            }
        };
    }
}
