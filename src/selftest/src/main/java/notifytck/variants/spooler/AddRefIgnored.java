package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.SpoolerAdapter;

/** Reports a new count from AddRef without adding a reference, so the matching Release drops the opener's own. */
public final class AddRefIgnored extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-021";
    }

    @Override
    public String fault() {
        return "Reports a new count from AddRef without adding a reference, so the matching Release drops the opener's own.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public long addRef(ChannelRef channel) {
                return 2;
            }
        };
    }
}
