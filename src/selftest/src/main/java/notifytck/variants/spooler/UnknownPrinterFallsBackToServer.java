package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Refuses a channel on a printer it does not know, but first opens the same channel on the
 * caller's own print server, and that channel stays: the refusal is reported while a channel
 * object is left behind that nobody holds a pointer to.
 */
public final class UnknownPrinterFallsBackToServer extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-036";
    }

    @Override
    public String fault() {
        return "Refuses a channel on an unknown printer but has already opened it on the caller's own print server, where it stays.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                ChannelCreation asked = super.createPrintAsyncNotifyChannel(c, r);
                if (r == null || !UnknownNames.refused(c, asked.result())) {
                    return asked;
                }
                String server = UnknownNames.ownServer(c);
                super.createPrintAsyncNotifyChannel(c, new ChannelRequest(server, r.type(), r.userFilter(), r.style(), r.callback()));
                return asked;
            }
        };
    }
}
