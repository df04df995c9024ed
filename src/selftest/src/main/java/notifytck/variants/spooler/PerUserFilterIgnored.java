package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.UserFilter;

/** Opens every channel to all users, whatever user filter the opener asked for. */
public final class PerUserFilterIgnored extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-008";
    }

    @Override
    public String fault() {
        return "Opens every channel to all users, whatever user filter the opener asked for.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                return super.createPrintAsyncNotifyChannel(c, new ChannelRequest(r.name(), r.type(), UserFilter.ALL_USERS, r.style(), r.callback()));
            }
        };
    }
}
