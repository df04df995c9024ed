package notifytck.spi.rpc;

/** Enumerations from rpcasync.h that RpcServerSubscribeForNotification uses. */
public final class RpcConstants {
    private RpcConstants() {}

    /** RPC_NOTIFICATIONS (a bitwise combination is passed). */
    public static final int RPC_NOTIFICATION_CALL_NONE = 0;
    public static final int RPC_NOTIFICATION_CLIENT_DISCONNECT = 1;
    public static final int RPC_NOTIFICATION_CALL_CANCEL = 2;

    /** RPC_NOTIFICATION_TYPES: the method by which RPC notifies the server. */
    public static final int RPC_NOTIFICATION_TYPE_NONE = 0;
    public static final int RPC_NOTIFICATION_TYPE_EVENT = 1;
    public static final int RPC_NOTIFICATION_TYPE_APC = 2;
    public static final int RPC_NOTIFICATION_TYPE_IOC = 3;
    public static final int RPC_NOTIFICATION_TYPE_HWND = 4;
    public static final int RPC_NOTIFICATION_TYPE_CALLBACK = 5;

    /** RPC_ASYNC_EVENT: what the APC routine and the callback receive in their Event parameter. */
    public static final int RPC_CLIENT_DISCONNECT = 3;
    public static final int RPC_CLIENT_CANCEL = 4;
}
