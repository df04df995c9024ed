package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Answers an unsubscribe from no notification (0, RpcNotificationCallNone) with RPC_S_OK and none
 * queued, as if there were nothing to do, instead of refusing the value: what the reference itself
 * did until 2026-12-03, a value never varied before, since every scenario and property unsubscribed
 * from one supported kind.
 */
public final class UnsubscribeFromNothingSucceeds extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-027";
    }

    @Override
    public String fault() {
        return "Answers an unsubscribe from no notification (0) with RPC_S_OK and none queued instead of RPC_S_CANNOT_SUPPORT.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                if (notification == RpcConstants.RPC_NOTIFICATION_CALL_NONE) {
                    return new Unsubscription(RpcStatus.RPC_S_OK, 0);
                }
                return super.unsubscribeForNotification(onThread, binding, notification);
            }
        };
    }
}
