package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Answers RpcServerTestCancel with RPC_S_CALL_IN_PROGRESS even after the client cancelled. */
public final class TestCancelNeverReports extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-014";
    }

    @Override
    public String fault() {
        return "Answers RpcServerTestCancel with RPC_S_CALL_IN_PROGRESS even after the client cancelled.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
                return RpcStatus.RPC_S_CALL_IN_PROGRESS;
            }
        };
    }
}
