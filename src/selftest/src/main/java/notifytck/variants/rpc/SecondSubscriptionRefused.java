package notifytck.variants.rpc;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.rpc.NotificationInfo;

/**
 * Refuses a subscription for a kind the call already holds with RPC_S_ALREADY_REGISTERED and
 * keeps the first, as the Wine fork's rpc_server.c does.
 */
public final class SecondSubscriptionRefused extends HeldKindRefusal implements DefensibleVariant {
    @Override
    public String choice() {
        return "Refuses a second subscription to a held kind with RPC_S_ALREADY_REGISTERED (1711) and changes nothing.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-RPC-NOTIFY-025");
    }

    @Override
    void refused(Subscribe subscribe, String call, int free, int notification, int type, NotificationInfo info, HeldKinds held) {
        // Nothing else: the refused request subscribes nothing.
    }
}
