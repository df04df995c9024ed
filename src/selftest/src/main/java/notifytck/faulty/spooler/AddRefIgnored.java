package notifytck.faulty.spooler;

import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.SpoolerAdapter;

/** Reports a new count from AddRef without adding a reference, so the matching Release drops the opener's own. */
public final class AddRefIgnored extends FaultySpooler {
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
