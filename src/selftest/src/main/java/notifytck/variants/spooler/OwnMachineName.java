package notifytck.variants.spooler;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * Names its own machine HOST7 instead of the reference's PRINTSRV. Every machine name in the
 * features must come from SpoolerControl.localMachine(), so this must pass.
 */
public final class OwnMachineName extends SpoolerDecorator implements DefensibleVariant {
    private static final String OWN = "HOST7";

    @Override
    public String choice() {
        return "Names its local machine " + OWN + " rather than the reference's name.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-CHAN-002", "REQ-SPOOL-OVW-002", "REQ-SPOOL-OVW-012");
    }

    @Override
    String localMachine(SpoolerControl reference) {
        return OWN;
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner, SpoolerControl control) {
        String theirs = control.localMachine();
        return new ForwardingSpooler(inner) {
            private String name(String n) {
                return n.equals("\\\\" + OWN) ? "\\\\" + theirs : n;
            }

            private CallerContext caller(CallerContext c) {
                return c.machine().equals(OWN) ? new CallerContext(theirs, c.user(), c.session(), c.component(), c.hosting()) : c;
            }

            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
                return super.createPrintAsyncNotifyChannel(caller(caller),
                        new ChannelRequest(name(r.name()), r.type(), r.userFilter(), r.style(), r.callback()));
            }

            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                return super.registerForPrintAsyncNotifications(caller(caller), new RegistrationRequest(name(r.name()), r.type(), r.callback()));
            }
        };
    }
}
