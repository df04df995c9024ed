package notifytck.reference.rpc;

import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;

/** RpcNotificationTypeIoc: a packet with the server's own values; the notification type is not available. */
record IocMethod(NotificationTargets.CompletionPort port, int bytesTransferred, long completionKey, long overlapped)
        implements NotificationMethod {

    static IocMethod copyOf(NotificationInfo info) {
        if (info.port() == null) {
            return null;
        }
        return new IocMethod(info.port(), info.bytesTransferred(), info.completionKey(), info.overlapped());
    }

    @Override
    public void deliver(NotificationKind kind, CallRef call) {
        port.post(bytesTransferred, completionKey, overlapped);
    }

    /** By call, so a call's packets keep their order whatever ports they go to. */
    @Override
    public Object laneKey(ServerCall call) {
        return call;
    }
}
