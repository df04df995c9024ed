package notifytck.reference.rpc;

import java.util.EnumSet;
import java.util.Set;
import notifytck.spi.rpc.RpcConstants;

/**
 * The two RPC_NOTIFICATIONS Windows Vista supports. A kind carries both its subscription bit and
 * the RPC_ASYNC_EVENT the typed methods (APC, callback) pass, which are different numbers.
 */
enum NotificationKind {
    CLIENT_DISCONNECT(RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, RpcConstants.RPC_CLIENT_DISCONNECT),
    CALL_CANCEL(RpcConstants.RPC_NOTIFICATION_CALL_CANCEL, RpcConstants.RPC_CLIENT_CANCEL);

    /** Every bit a subscription may name; anything outside is RPC_S_CANNOT_SUPPORT. */
    static final int SUPPORTED_BITS = RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT
            | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL;

    private final int bit;
    private final int asyncEvent;

    NotificationKind(int bit, int asyncEvent) {
        this.bit = bit;
        this.asyncEvent = asyncEvent;
    }

    /** The RPC_ASYNC_EVENT value for the Event parameter of an APC or callback. */
    int asyncEvent() {
        return asyncEvent;
    }

    static boolean onlySupportedBits(int bits) {
        return (bits & ~SUPPORTED_BITS) == 0;
    }

    /** The kinds named by {@code bits}; the caller has checked {@link #onlySupportedBits}. */
    static Set<NotificationKind> named(int bits) {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind k : values()) {
            if ((bits & k.bit) != 0) {
                kinds.add(k);
            }
        }
        return kinds;
    }
}
