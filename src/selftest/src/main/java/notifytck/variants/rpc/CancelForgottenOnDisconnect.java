package notifytck.variants.rpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Keeps one "what the client last did" field per call, so a disconnect that follows a cancel,
 * while the server has not asked yet, overwrites it: RpcServerTestCancel then says the call was
 * never cancelled. The scenarios ask right after a cancel alone.
 */
public final class CancelForgottenOnDisconnect extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-014";
    }

    @Override
    public String fault() {
        return "RpcServerTestCancel answers RPC_S_CALL_IN_PROGRESS once the client disconnected after cancelling.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.RpcModelProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Map<String, Boolean> lastWasCancel = new ConcurrentHashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            void clientActed(CallRef call, boolean cancelled) {
                lastWasCancel.put(call.binding().handle(), cancelled);
            }

            @Override
            public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
                CallRef call = calls.named(onThread, binding);
                if (call != null && Boolean.FALSE.equals(lastWasCancel.get(call.binding().handle()))) {
                    return RpcStatus.RPC_S_CALL_IN_PROGRESS;
                }
                return super.testCancel(onThread, binding);
            }
        };
    }
}
