package notifytck.reference.rpc;

import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;

/** RpcNotificationTypeEvent: the event object is signalled; the notification type is not available. */
record EventMethod(NotificationTargets.EventObject event) implements NotificationMethod {

    static EventMethod copyOf(NotificationInfo info) {
        return info.event() == null ? null : new EventMethod(info.event());
    }

    @Override
    public void deliver(NotificationKind kind, CallRef call) {
        event.set();
    }

    /** By call, so a call's notifications keep their order whatever event objects they signal. */
    @Override
    public Object laneKey(ServerCall call) {
        return call;
    }
}
