package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Passes the notification routine the async handle of an asynchronous call for a disconnect but
 * its binding handle for a cancel, as if the cancel path had been written for synchronous calls
 * only. A synchronous cancel and an asynchronous disconnect, the two pairs one would pick first,
 * are right.
 */
public final class AsyncCancelGetsBinding extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-008";
    }

    @Override
    public String fault() {
        return "For an asynchronous call, passes the routine the binding handle on a cancel (the async handle only on a disconnect).";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, RpcControl control, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo wrapped = Targets.rewrap(info, e -> e, a -> a, p -> p, routine -> (handle, event) -> {
                    notifytck.spi.rpc.CallRef call = event == RpcConstants.RPC_CLIENT_CANCEL ? calls.byAsyncHandle(handle) : null;
                    routine.call(call == null ? handle : call.binding().handle(), event);
                });
                return super.subscribeForNotification(onThread, binding, notification, type, wrapped);
            }
        };
    }
}
