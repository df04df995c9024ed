package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/** Accepts a base message at or below WM_USER by moving it just above. */
public final class BaseMessageAtWmUserAccepted extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-003";
    }

    @Override
    public String fault() {
        return "Accepts a base message at or below WM_USER by moving it just above.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (window != null && port == null && key != 1 && messageStart > 0 && messageStart <= notifytck.spi.fax.FaxConstants.WM_USER) {
                    return super.faxInitializeEventQueue(client, port, key, window, notifytck.spi.fax.FaxConstants.WM_USER + 1);
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
