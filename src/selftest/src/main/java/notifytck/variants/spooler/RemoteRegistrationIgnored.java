package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/** Accepts a registration with a remote server or printer but never forwards it there. */
public final class RemoteRegistrationIgnored extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-012";
    }

    @Override
    public String fault() {
        return "Accepts a registration with a remote server or printer but never forwards it there.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        AtomicInteger fake = new AtomicInteger();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext c, RegistrationRequest r) {
                if (isRemote(c, r.name())) {
                    return new Registration(HResult.of(0), new RegistrationRef("ignored-" + fake.incrementAndGet()));
                }
                return super.registerForPrintAsyncNotifications(c, r);
            }
        };
    }

    private static boolean isRemote(CallerContext c, String name) {
        if (!name.startsWith("\\\\")) {
            return false;
        }
        String server = name.substring(2).split("\\\\", 2)[0];
        return !server.equalsIgnoreCase(c.machine());
    }
}
