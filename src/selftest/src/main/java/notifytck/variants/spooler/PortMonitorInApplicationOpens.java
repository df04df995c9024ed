package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Refuses channels to printer drivers and applications running in an application's process, but
 * lets a port monitor there open one. A value not usually picked: the component kind of a caller
 * outside the spooler. (Found by a blind fault-writing review: REQ-SPOOL-OVW-003 was shown with a
 * printer driver only.)
 */
public final class PortMonitorInApplicationOpens extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-003";
    }

    @Override
    public String fault() {
        return "Lets a port monitor running in an application's process open a channel.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                if (c.component() == Component.PORT_MONITOR && c.hosting() == Hosting.APPLICATION) {
                    return super.createPrintAsyncNotifyChannel(new CallerContext(c.machine(), c.user(), 0, c.component(), Hosting.SPOOLER), r);
                }
                return super.createPrintAsyncNotifyChannel(c, r);
            }
        };
    }
}
