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
 * Keeps no token when the service's user account is the client's own user ("the service already
 * is that user"), so such a client never blocks its logoff. A value not usually picked: the service
 * account. (Written after a blind fault the suite missed: the service's user was never a client's.)
 */
public final class NoTokenUnderTheClientsOwnAccount extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-008";
    }

    @Override
    public String fault() {
        return "Opens no impersonation token when the service runs under the client's own user account.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return FaxParties.of(registrations).recording(inner);
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        FaxParties parties = FaxParties.of(registrations);
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                FaxResult r = super.faxInitializeEventQueue(client, port, key, window, messageStart);
                if (r.succeeded() && port == null && window != null && key != FaxConstants.LOGOFF_COMPLETION_KEY && parties.serviceRunsAs(client)) {
                    // The token the reference opened is let go at once, as if it had never been opened.
                    inner.faxInitializeEventQueue(client, null, FaxConstants.LOGOFF_COMPLETION_KEY, window, messageStart);
                    registrations.ended(window);
                }
                return r;
            }
        };
    }
}
