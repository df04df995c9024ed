package notifytck.reference.rpc;

import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;

/**
 * RpcNotificationTypeCallback. The routine receives the binding handle of a synchronous call and
 * the async handle of an asynchronous one: the kit's reading of "NotificationRoutine ... is set to".
 */
record CallbackMethod(NotificationTargets.NotificationRoutine routine) implements NotificationMethod {

    static CallbackMethod copyOf(NotificationInfo info) {
        return info.routine() == null ? null : new CallbackMethod(info.routine());
    }

    @Override
    public void deliver(NotificationKind kind, CallRef call) {
        String handle = call.asynchronous() ? call.async().handle() : call.binding().handle();
        routine.call(handle, kind.asyncEvent());
    }

    /** By call, so a call subscribed for both gets them in the order they happened. */
    @Override
    public Object laneKey(ServerCall call) {
        return call;
    }
}
