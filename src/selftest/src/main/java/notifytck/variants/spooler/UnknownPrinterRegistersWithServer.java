package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Refuses a registration with a printer it does not know, but first registers the listener with
 * the caller's own print server, where it stays: the caller is told it failed and then hears that
 * server's channels.
 */
public final class UnknownPrinterRegistersWithServer extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-016";
    }

    @Override
    public String fault() {
        return "Refuses a registration with an unknown printer but has already registered the listener with the caller's own server.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext c, RegistrationRequest r) {
                Registration asked = super.registerForPrintAsyncNotifications(c, r);
                if (r == null || !UnknownNames.refused(c, asked.result())) {
                    return asked;
                }
                String server = UnknownNames.ownServer(c);
                super.registerForPrintAsyncNotifications(c, new RegistrationRequest(server, r.type(), r.callback()));
                return asked;
            }
        };
    }
}
