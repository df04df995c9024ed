package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Keeps an ended call's record and marks it when the client cancels afterwards: RpcServerTestCancel
 * through the old binding then reports the cancel (RPC_S_OK) of a call that no longer exists.
 */
public final class EndedCallTakesLateCancel extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-029";
    }

    @Override
    public String fault() {
        return "RpcServerTestCancel through an ended call's binding answers RPC_S_OK once the client cancels that call after its end.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            private final java.util.Set<String> cancelledAfter = java.util.concurrent.ConcurrentHashMap.newKeySet();

            @Override
            void clientActed(CallRef call, boolean cancelled) {
                if (cancelled && calls.hasEnded(call.binding())) {
                    cancelledAfter.add(call.binding().handle());
                }
            }

            @Override
            public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
                RpcStatus r = super.testCancel(onThread, binding);
                return binding != null && cancelledAfter.contains(binding.handle()) ? RpcStatus.RPC_S_OK : r;
            }
        };
    }
}
