package notifytck.variants.fax;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Registers a completion port before it checks the MessageStart, then refuses the call for it: the
 * port still gets packets. What a refused call left behind. (Found by a blind fault-writing review:
 * no scenario or model draw gave a port call a MessageStart.)
 */
public final class RefusedPortStillRegistered extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-002";
    }

    @Override
    public String fault() {
        return "A port call refused for its MessageStart has registered the port all the same: packets follow.";
    }

    /** No scenario gives a port call a MessageStart; the model draws it. */
    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.FaxModelProperties");
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (port != null && window == null && messageStart != 0) {
                    FaxResult registered = super.faxInitializeEventQueue(client, port, key, null, 0);
                    return registered.succeeded() ? FaxResult.failed(FaxConstants.ERROR_INVALID_PARAMETER) : registered;
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
