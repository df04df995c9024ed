package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.SpoolerAdapter;

/** Refuses an application caller with E_ACCESSDENIED but has already created the channel, which the spooler keeps. */
public final class RefusedCreationLeavesChannel extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-003";
    }

    @Override
    public String fault() {
        return "Refuses an application caller with E_ACCESSDENIED but has already created the channel, which the spooler keeps.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                if (c.hosting() != Hosting.APPLICATION) {
                    return super.createPrintAsyncNotifyChannel(c, r);
                }
                super.createPrintAsyncNotifyChannel(new CallerContext(c.machine(), c.user(), c.session(), Component.PRINTER_DRIVER, Hosting.SPOOLER), r);
                return new ChannelCreation(HResult.of(0x80070005), null);
            }
        };
    }
}
