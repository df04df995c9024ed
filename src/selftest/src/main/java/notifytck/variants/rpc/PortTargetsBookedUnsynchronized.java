package notifytck.variants.rpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Gives each call a slot for the object the runtime will signal (a completion port, an event, a
 * thread's APC queue) when it starts, in a plain HashMap that calls starting and ending on several
 * threads at once update unguarded, and subscribes those methods through that slot: a call whose
 * slot a race lost subscribes without its target and is refused. A callback is called directly
 * and takes no slot, so a storm of callback subscriptions never shows it; calls started one at a
 * time never do.
 */
public final class PortTargetsBookedUnsynchronized extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-020";
    }

    @Override
    public String fault() {
        return "Keeps each call's slot for its port, event or APC thread in an unguarded HashMap; a call whose slot a race lost subscribes without its target.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.RpcConcurrencyProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        Map<CallRef, NotificationInfo[]> targets = new HashMap<>();
        return new ForwardingRpc(inner, calls) {
            @Override
            void callStarted(CallRef call) {
                targets.put(call, new NotificationInfo[1]); // the call's slot for what the runtime will signal
            }

            @Override
            void callEnded(CallRef call) {
                targets.remove(call);
            }

            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                CallRef call = calls.named(onThread, binding);
                if (call != null && type != RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK) {
                    NotificationInfo[] slot = targets.get(call);
                    if (slot != null) {
                        slot[0] = info;
                    }
                    info = slot == null ? null : slot[0]; // a call the book lost has no target to signal
                }
                return super.subscribeForNotification(onThread, binding, notification, type, info);
            }
        };
    }
}
