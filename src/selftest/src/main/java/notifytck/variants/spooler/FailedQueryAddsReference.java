package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.util.UUID;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.SpoolerAdapter;

/** Adds a reference even when QueryInterface refuses the interface, so the channel object is never freed. */
public final class FailedQueryAddsReference extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-014";
    }

    @Override
    public String fault() {
        return "Adds a reference even when QueryInterface refuses the interface, so the channel object is never freed.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult queryInterface(ChannelRef channel, UUID iid) {
                HResult r = super.queryInterface(channel, iid);
                if (r.failed()) {
                    super.addRef(channel);
                }
                return r;
            }
        };
    }
}
