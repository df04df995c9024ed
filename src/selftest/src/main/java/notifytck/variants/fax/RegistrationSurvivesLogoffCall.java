package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/** Closes the token on the logoff call but goes on posting to the window. */
public final class RegistrationSurvivesLogoffCall extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-013";
    }

    @Override
    public String fault() {
        return "Closes the token on the logoff call but goes on posting to the window.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (key == 1 && port == null && window != null) {
                    Registrations.Registered r = registrations.of(window);
                    FaxResult result = super.faxInitializeEventQueue(client, port, key, window, messageStart);
                    if (r != null) {
                        control.configureService(notifytck.spi.fax.ServiceAccount.localSystem(true));
                        super.faxInitializeEventQueue(client, null, 0, window, r.messageStart());
                    }
                    return result;
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
