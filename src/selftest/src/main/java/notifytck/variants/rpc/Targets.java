package notifytck.variants.rpc;

import java.util.function.UnaryOperator;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Builds a NotificationInfo whose targets pass through a distortion before reaching the kit's. */
final class Targets {
    private Targets() {}

    static NotificationInfo rewrap(NotificationInfo kit, UnaryOperator<NotificationTargets.EventObject> event,
                                   UnaryOperator<NotificationTargets.ApcRoutine> apc,
                                   UnaryOperator<NotificationTargets.CompletionPort> port,
                                   UnaryOperator<NotificationTargets.NotificationRoutine> routine) {
        if (kit.event() != null) {
            return NotificationInfo.event(event.apply(kit.event()));
        }
        if (kit.apcRoutine() != null) {
            return NotificationInfo.apc(apc.apply(kit.apcRoutine()), kit.apcThread());
        }
        if (kit.port() != null) {
            return NotificationInfo.ioc(port.apply(kit.port()), kit.bytesTransferred(), kit.completionKey(), kit.overlapped());
        }
        if (kit.routine() != null) {
            return NotificationInfo.callback(routine.apply(kit.routine()));
        }
        return kit;
    }

    /** An adapter whose subscriptions by completion port post through {@code port}'s distortion; every other method as given. */
    static ForwardingRpc distortingPorts(RpcServerAdapter inner, StartedCalls calls, UnaryOperator<NotificationTargets.CompletionPort> port) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                NotificationInfo wrapped = info == null ? null : rewrap(info, e -> e, a -> a, port, r -> r);
                return super.subscribeForNotification(onThread, binding, notification, type, wrapped);
            }
        };
    }
}
