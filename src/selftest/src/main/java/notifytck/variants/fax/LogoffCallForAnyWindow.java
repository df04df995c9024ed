package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/** Closes the client's token on a logoff call naming any of its windows, not only the registered one. */
public final class LogoffCallForAnyWindow extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "Closes the client's token on a logoff call naming any of its windows, not only the registered one.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (key == 1 && port == null && window != null && registrations.of(window) == null) {
                    Registrations.Registered any = registrations.anyOf(client);
                    if (any != null) {
                        return super.faxInitializeEventQueue(client, null, 1, any.window(), 0);
                    }
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
