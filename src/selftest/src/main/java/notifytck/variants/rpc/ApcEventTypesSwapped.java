package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Reports a cancel as RpcClientDisconnect and a disconnect as RpcClientCancel to the APC routine. */
public final class ApcEventTypesSwapped extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-006";
    }

    @Override
    public String fault() {
        return "Reports a cancel as RpcClientDisconnect and a disconnect as RpcClientCancel to the APC routine.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo swapped = Targets.rewrap(info, e -> e,
                        apc -> (thread, event) -> apc.run(thread, event == RpcConstants.RPC_CLIENT_CANCEL ? RpcConstants.RPC_CLIENT_DISCONNECT
                                : event == RpcConstants.RPC_CLIENT_DISCONNECT ? RpcConstants.RPC_CLIENT_CANCEL : event), p -> p, r -> r);
                return super.subscribeForNotification(onThread, binding, notification, type, swapped);
            }
        };
    }
}
