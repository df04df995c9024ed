package notifytck.variants.fax;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Remembers the windows that made their logoff call and opens no token when one of them is
 * registered again (its token is let go at once). What a call leaves behind. (Written after a blind
 * fault the suite missed: no window was registered again after its logoff call.)
 */
public final class ReregistrationAfterLogoffCallOpensNoToken extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-008";
    }

    @Override
    public String fault() {
        return "A window registered again after its logoff call opens no token.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        Set<WindowRef> loggedOff = ConcurrentHashMap.newKeySet();
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                FaxResult r = super.faxInitializeEventQueue(client, port, key, window, messageStart);
                if (!r.succeeded() || port != null || window == null) {
                    return r;
                }
                if (key == FaxConstants.LOGOFF_COMPLETION_KEY) {
                    loggedOff.add(window);
                } else if (loggedOff.contains(window)) {
                    inner.faxInitializeEventQueue(client, null, FaxConstants.LOGOFF_COMPLETION_KEY, window, messageStart);
                    registrations.ended(window);
                }
                return r;
            }
        };
    }
}
