package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Looks at the completion port first and ignores the window when both are given: a call naming
 * both registers the port, where the FaxInitializeEventQueue page refuses it.
 */
public final class PortTakenWithAWindow extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-020";
    }

    @Override
    public String fault() {
        return "A call naming both a window and a completion port registers the port and succeeds.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                return super.faxInitializeEventQueue(client, port, key, port != null ? null : window, port != null ? 0 : messageStart);
            }
        };
    }
}
