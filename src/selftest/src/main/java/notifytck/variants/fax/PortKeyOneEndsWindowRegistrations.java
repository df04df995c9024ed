package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Takes a completion port registration with key 1 as the client logging off: its window
 * registrations end and their tokens close before the port is registered. A value not usually
 * picked (key 1 on a port) acting on a second registration of the client. (Written after a blind
 * fault the suite missed: no client with a registered window registered a port with key 1.)
 */
public final class PortKeyOneEndsWindowRegistrations extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "A completion port registered with key 1 ends the client's window registrations and closes its token.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (port != null && key == FaxConstants.LOGOFF_COMPLETION_KEY) {
                    for (Registrations.Registered r : registrations.all()) {
                        if (r.client().equals(client)) {
                            inner.faxInitializeEventQueue(client, null, FaxConstants.LOGOFF_COMPLETION_KEY, r.window(), r.messageStart());
                            registrations.ended(r.window());
                        }
                    }
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
