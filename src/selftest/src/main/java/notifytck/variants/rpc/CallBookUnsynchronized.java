package notifytck.variants.rpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Keeps the book of calls in progress, binding to call, in a plain HashMap that calls arriving and
 * ending on several threads at once update unguarded, and resolves a binding through it: a call
 * the map lost under a race is unknown to every later request that names it by its binding. Calls
 * started one at a time, as every scenario starts them, never show it. The shape of blind round 15's
 * rpc-binding-map-unsync.
 */
public final class CallBookUnsynchronized extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-020";
    }

    @Override
    public String fault() {
        return "Books calls in progress in an unguarded HashMap; a binding whose call a race lost is unknown afterwards.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.RpcConcurrencyProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Map<BindingRef, CallRef> book = new HashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            void callStarted(CallRef call) {
                book.put(call.binding(), call);
            }

            @Override
            void callEnded(CallRef call) {
                book.remove(call.binding());
            }

            /** The binding as the book resolves it: one the runtime never issued when the book lost its call. */
            private BindingRef booked(BindingRef binding) {
                return binding == null || book.containsKey(binding) ? binding : new BindingRef(binding.handle() + "-lost");
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                return super.subscribeForNotification(onThread, booked(binding), notification, type, info);
            }

            @Override
            public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
                return super.unsubscribeForNotification(onThread, booked(binding), notification);
            }

            @Override
            public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
                return super.testCancel(onThread, booked(binding));
            }

            @Override
            public boolean isClientDisconnected(ServerThread onThread, BindingRef binding) {
                return super.isClientDisconnected(onThread, booked(binding));
            }
        };
    }
}
