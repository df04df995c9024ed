package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;

/**
 * Refuses a subscription naming a kind already held with RPC_S_ALREADY_REGISTERED (a choice the
 * readings allow), but takes the kind that was free for the refused target all the same. A value
 * not usually picked: both kinds at once, one of them held. (Written after a blind fault the suite
 * missed: no second subscription named both kinds.)
 */
public final class RefusedSubscriptionTakesTheFreeKind extends HeldKindRefusal implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-025";
    }

    @Override
    public String fault() {
        return "A subscription refused as already registered still subscribes the kind that was free.";
    }

    private static final int BOTH = RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT | RpcConstants.RPC_NOTIFICATION_CALL_CANCEL;

    @Override
    void refused(Subscribe subscribe, String call, int free, int notification, int type, NotificationInfo info, HeldKinds held) {
        // Only a request that is valid apart from the held kind: both kinds, by a method that carries both.
        boolean valid = notification == BOTH && info != null && type != RpcConstants.RPC_NOTIFICATION_TYPE_EVENT
                && type != RpcConstants.RPC_NOTIFICATION_TYPE_NONE;
        if (valid && free != 0) {
            held.subscribed(call, free, subscribe.kinds(free));
        }
    }
}
