package notifytck.variants.fax;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Refuses a call for messages to a window with a completion key other than 0 (no key) or 1 (the
 * logoff call) with ERROR_INVALID_PARAMETER: the FaxInitializeEventQueue page asks for no key with
 * a window. An independent implementation chose this (docs/independent-implementations.md); the
 * reference takes such a call as another registration.
 */
public final class KeyWithWindowRefused extends FaxDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Refuses a window with a completion key other than 0 or 1 with ERROR_INVALID_PARAMETER.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-FAX-MSG-012");
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (port == null && window != null && key != 0 && key != FaxConstants.LOGOFF_COMPLETION_KEY) {
                    return FaxResult.failed(FaxConstants.ERROR_INVALID_PARAMETER);
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
