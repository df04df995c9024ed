package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.ConversationStyle;

/**
 * Applies the per-user filter on unidirectional channels only: a bidirectional per-user channel
 * reaches listeners of every user, as if the filter lived in the broadcast path alone.
 */
public final class PerUserFilterIgnoredWhenBidirectional extends UserFilterWidened implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-008";
    }

    @Override
    public String fault() {
        return "Opens a bidirectional per-user channel to all users; the filter holds on unidirectional channels only.";
    }

    @Override
    boolean widens(ChannelRequest request) {
        return request.style() == ConversationStyle.BIDIRECTIONAL;
    }
}
