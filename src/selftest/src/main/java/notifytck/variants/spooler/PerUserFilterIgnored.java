package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRequest;

/** Opens every channel to all users, whatever user filter the opener asked for. */
public final class PerUserFilterIgnored extends UserFilterWidened implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-008";
    }

    @Override
    public String fault() {
        return "Opens every channel to all users, whatever user filter the opener asked for.";
    }

    @Override
    boolean widens(ChannelRequest request) {
        return true;
    }
}
