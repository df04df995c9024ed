package notifytck.reference.rpc;

import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;

/**
 * How RPC contacts the server for one subscription: the RpcNotificationType chosen, with what it
 * took from the caller's NotificationInfo. Implementations are immutable copies, because the
 * document lets the caller change or free the union as soon as the subscription returns.
 */
sealed interface NotificationMethod permits EventMethod, ApcMethod, IocMethod, CallbackMethod {

    /** Tells the server; on a delivery thread, with no runtime lock held. */
    void deliver(NotificationKind kind, CallRef call);

    /**
     * What this method's notifications queue behind. Notifications on one key reach the server
     * one at a time, in the order they happened.
     */
    Object laneKey(ServerCall call);

    /**
     * Copies what {@code notificationType} needs out of {@code info}; null when the union does not
     * hold it (or for a type that has no method), which the caller reports as RPC_S_INVALID_ARG.
     */
    static NotificationMethod copyOf(int notificationType, NotificationInfo info) {
        if (info == null) {
            return null;
        }
        return switch (notificationType) {
            case RpcConstants.RPC_NOTIFICATION_TYPE_EVENT -> EventMethod.copyOf(info);
            case RpcConstants.RPC_NOTIFICATION_TYPE_APC -> ApcMethod.copyOf(info);
            case RpcConstants.RPC_NOTIFICATION_TYPE_IOC -> IocMethod.copyOf(info);
            case RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK -> CallbackMethod.copyOf(info);
            default -> null;
        };
    }
}
