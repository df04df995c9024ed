package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.SpoolerAdapter;

/** Treats every caller as hosted by the spooler, so drivers inside applications and applications themselves open channels. */
public final class AppCallersMayOpenChannels extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-003";
    }

    @Override
    public String fault() {
        return "Treats every caller as hosted by the spooler, so drivers inside applications and applications themselves open channels.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                Component component = c.component() == Component.APPLICATION ? Component.PRINTER_DRIVER : c.component();
                return super.createPrintAsyncNotifyChannel(new CallerContext(c.machine(), c.user(), c.session(), component, Hosting.SPOOLER), r);
            }
        };
    }
}
