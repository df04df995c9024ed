package notifytck.spi.rpc;

/** What the server hands RPC to be notified through, one interface per notification method. */
public final class NotificationTargets {
    private NotificationTargets() {}

    /** RpcNotificationTypeEvent: a Win32 event object. Signalling it carries no notification type. */
    public interface EventObject {
        void set();
    }

    /**
     * RpcNotificationTypeApc: the APC routine, run on the thread given with it. {@code event} is
     * the RPC_ASYNC_EVENT (RpcClientDisconnect or RpcClientCancel).
     */
    public interface ApcRoutine {
        void run(ServerThread thread, int event);
    }

    /** RpcNotificationTypeIoc: an I/O completion port. The packet carries no notification type. */
    public interface CompletionPort {
        void post(int bytesTransferred, long completionKey, long overlapped);
    }

    /**
     * RpcNotificationTypeCallback: the notification routine. {@code handle} is what RPC passes it:
     * the binding handle or the async handle (see the kit's reading); {@code event} is the
     * RPC_ASYNC_EVENT.
     */
    public interface NotificationRoutine {
        void call(String handle, int event);
    }
}
