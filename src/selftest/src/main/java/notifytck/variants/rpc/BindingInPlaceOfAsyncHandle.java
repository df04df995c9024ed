package notifytck.variants.rpc;

import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** The routine of an asynchronous call is passed the call's binding handle for the events {@link #swaps} picks. */
abstract class BindingInPlaceOfAsyncHandle extends RpcDecorator {
    /** Whether the routine gets the binding handle instead of the async handle for this event. */
    abstract boolean swaps(int event);

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo wrapped = Targets.rewrap(info, e -> e, a -> a, p -> p, routine -> (handle, event) -> {
                    CallRef call = swaps(event) ? calls.byAsyncHandle(handle) : null;
                    routine.call(call == null ? handle : call.binding().handle(), event);
                });
                return super.subscribeForNotification(onThread, binding, notification, type, wrapped);
            }
        };
    }
}
