package notifytck.spi.rpc;

/**
 * The server-side RPC runtime calls around call notifications. Each is made on a named server
 * thread ({@code onThread}); {@code binding} may be null where the document allows a NULL binding.
 */
public interface RpcServerAdapter {
    /** RpcServerSubscribeForNotification(Binding, Notification, NotificationType, NotificationInfo). */
    RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int notificationType, NotificationInfo info);

    /** RpcServerUnsubscribeForNotification(Binding, Notification, &NotificationsQueued). */
    Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification);

    /** RpcServerTestCancel: RPC_S_OK if the client cancelled the call, RPC_S_CALL_IN_PROGRESS if not. */
    RpcStatus testCancel(ServerThread onThread, BindingRef binding);

    /**
     * Whether the client is gone, as RpcServerInqCallAttributes tells it: the CallStatus member of
     * RPC_CALL_ATTRIBUTES_V2 has its disconnected bit set (RPC_CALL_STATUS_DISCONNECTED, rpcasync.h;
     * the SDK headers and metadata give it 0x02, the RPC_CALL_ATTRIBUTES_V2 page 0x03, so the kit
     * asks only for the yes-or-no answer). No public header defines a query flag of its own for it.
     */
    boolean isClientDisconnected(ServerThread onThread, BindingRef binding);

    /** The status and the NotificationsQueued count of an unsubscription. */
    record Unsubscription(RpcStatus status, int notificationsQueued) {}
}
