package notifytck.reference.rpc;

import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.rpc.ServerThread;

/** RpcNotificationTypeApc: the routine is queued to the thread the server named, with the event. */
record ApcMethod(NotificationTargets.ApcRoutine routine, ServerThread thread) implements NotificationMethod {

    static ApcMethod copyOf(NotificationInfo info) {
        if (info.apcRoutine() == null || info.apcThread() == null) {
            return null;
        }
        return new ApcMethod(info.apcRoutine(), info.apcThread());
    }

    @Override
    public void deliver(NotificationKind kind, CallRef call) {
        routine.run(thread, kind.asyncEvent());
    }

    /**
     * By target thread: APCs queued to one thread run one at a time in queue order there, whichever
     * calls queued them.
     */
    @Override
    public Object laneKey(ServerCall call) {
        return thread;
    }
}
