package notifytck.reference.rpc;

import java.util.OptionalInt;
import java.util.Set;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * RpcServerSubscribeForNotification and its companions, as the server calls them. Bad arguments
 * from the server are answered with a status, never an exception: that is the API under test.
 */
final class ServerNotifications implements RpcServerAdapter {
    private static final Unsubscription NONE_QUEUED = new Unsubscription(RpcStatus.RPC_S_OK, 0);

    private final RpcRuntime runtime;

    ServerNotifications(RpcRuntime runtime) {
        this.runtime = runtime;
    }

    /** The checks run in the order docs/rpc-readings.md gives; the first that fails decides. */
    @Override
    public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification,
            int notificationType, NotificationInfo info) {
        if (notificationType == RpcConstants.RPC_NOTIFICATION_TYPE_NONE) {
            return RpcStatus.RPC_S_INVALID_ARG;
        }
        if (notification == RpcConstants.RPC_NOTIFICATION_CALL_NONE || !NotificationKind.onlySupportedBits(notification)) {
            return RpcStatus.RPC_S_CANNOT_SUPPORT;
        }
        if (notificationType == RpcConstants.RPC_NOTIFICATION_TYPE_EVENT
                && notification == NotificationKind.SUPPORTED_BITS) {
            return RpcStatus.RPC_S_INVALID_ARG; // "for events, two separate calls to this API are required"
        }
        if (notificationType == RpcConstants.RPC_NOTIFICATION_TYPE_HWND
                || notificationType < RpcConstants.RPC_NOTIFICATION_TYPE_NONE
                || notificationType > RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK) {
            return RpcStatus.RPC_S_INVALID_ARG;
        }
        ServerCall call = runtime.inProgress(onThread, binding);
        if (call == null) {
            return notInProgress(binding);
        }
        // Last, so that a missing target never hides a documented outcome. Copied now: the
        // caller may reuse the union the moment this returns.
        NotificationMethod method = NotificationMethod.copyOf(notificationType, info);
        if (method == null) {
            return RpcStatus.RPC_S_INVALID_ARG;
        }
        if (!call.subscribe(NotificationKind.named(notification), method)) {
            return notInProgress(binding);
        }
        return RpcStatus.RPC_S_OK;
    }

    @Override
    public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
        // On Windows Vista only the two kinds can be unsubscribed, and "any other value" includes 0, which
        // names none (REQ-RPC-NOTIFY-027, read as REQ-RPC-NOTIFY-001 reads the subscribe page).
        if (notification == RpcConstants.RPC_NOTIFICATION_CALL_NONE || !NotificationKind.onlySupportedBits(notification)) {
            return new Unsubscription(RpcStatus.RPC_S_CANNOT_SUPPORT, 0);
        }
        ServerCall call = runtime.inProgress(onThread, binding);
        if (call == null) {
            return new Unsubscription(notInProgress(binding), 0);
        }
        Set<NotificationKind> kinds = NotificationKind.named(notification);
        OptionalInt queued = call.unsubscribe(kinds);
        if (queued.isEmpty()) {
            return new Unsubscription(notInProgress(binding), 0);
        }
        return queued.getAsInt() == 0 ? NONE_QUEUED : new Unsubscription(RpcStatus.RPC_S_OK, queued.getAsInt());
    }

    @Override
    public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
        ServerCall.ClientState state = clientState(onThread, binding);
        if (state == null) {
            return notInProgress(binding);
        }
        return state.cancelled() ? RpcStatus.RPC_S_OK : RpcStatus.RPC_S_CALL_IN_PROGRESS;
    }

    /** A boolean has no status to return: no call in progress there reads as "not disconnected". */
    @Override
    public boolean isClientDisconnected(ServerThread onThread, BindingRef binding) {
        ServerCall.ClientState state = clientState(onThread, binding);
        return state != null && state.disconnected();
    }

    private ServerCall.ClientState clientState(ServerThread onThread, BindingRef binding) {
        ServerCall call = runtime.inProgress(onThread, binding);
        return call == null ? null : call.clientState();
    }

    /**
     * A binding that names no call in progress is a bad argument; a NULL binding off a dispatch
     * thread means there is no call on this thread.
     */
    private static RpcStatus notInProgress(BindingRef binding) {
        return binding == null ? RpcStatus.RPC_S_NO_CALL_ACTIVE : RpcStatus.RPC_S_INVALID_ARG;
    }
}
