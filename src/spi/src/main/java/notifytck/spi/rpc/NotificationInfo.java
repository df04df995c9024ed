package notifytck.spi.rpc;

/**
 * RPC_ASYNC_NOTIFICATION_INFO: the union the server fills for the method it chose. Mutable, as the
 * C union is, because the document says RPC copies it during a successful subscription and the
 * caller may then change or free it: an implementation must copy what it needs, not keep this.
 */
public final class NotificationInfo {
    private NotificationTargets.EventObject event;
    private NotificationTargets.ApcRoutine apcRoutine;
    private ServerThread apcThread;
    private NotificationTargets.CompletionPort port;
    private int bytesTransferred;
    private long completionKey;
    private long overlapped;
    private NotificationTargets.NotificationRoutine routine;

    public static NotificationInfo event(NotificationTargets.EventObject e) {
        NotificationInfo i = new NotificationInfo();
        i.event = e;
        return i;
    }

    public static NotificationInfo apc(NotificationTargets.ApcRoutine r, ServerThread thread) {
        NotificationInfo i = new NotificationInfo();
        i.apcRoutine = r;
        i.apcThread = thread;
        return i;
    }

    public static NotificationInfo ioc(NotificationTargets.CompletionPort p, int bytes, long key, long overlapped) {
        NotificationInfo i = new NotificationInfo();
        i.port = p;
        i.bytesTransferred = bytes;
        i.completionKey = key;
        i.overlapped = overlapped;
        return i;
    }

    public static NotificationInfo callback(NotificationTargets.NotificationRoutine r) {
        NotificationInfo i = new NotificationInfo();
        i.routine = r;
        return i;
    }

    /** What a caller does to the union after the call returned: reuse it for something else. */
    public void overwriteWith(NotificationInfo other) {
        event = other.event;
        apcRoutine = other.apcRoutine;
        apcThread = other.apcThread;
        port = other.port;
        bytesTransferred = other.bytesTransferred;
        completionKey = other.completionKey;
        overlapped = other.overlapped;
        routine = other.routine;
    }

    /** What a caller does when it frees the union. */
    public void clear() {
        overwriteWith(new NotificationInfo());
    }

    public NotificationTargets.EventObject event() {
        return event;
    }

    public NotificationTargets.ApcRoutine apcRoutine() {
        return apcRoutine;
    }

    public ServerThread apcThread() {
        return apcThread;
    }

    public NotificationTargets.CompletionPort port() {
        return port;
    }

    public int bytesTransferred() {
        return bytesTransferred;
    }

    public long completionKey() {
        return completionKey;
    }

    public long overlapped() {
        return overlapped;
    }

    public NotificationTargets.NotificationRoutine routine() {
        return routine;
    }
}
