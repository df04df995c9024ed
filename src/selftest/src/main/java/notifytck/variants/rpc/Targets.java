package notifytck.variants.rpc;

import java.util.function.UnaryOperator;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;

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
}
