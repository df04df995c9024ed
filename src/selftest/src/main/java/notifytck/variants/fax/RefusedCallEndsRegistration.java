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
 * Ends a window's registration, and closes its token, whenever a call names that window again,
 * before the checks that may refuse the call: a refused call leaves the window unregistered. What
 * a refused call leaves behind. (Written after a blind fault the suite missed: no refused call
 * ever named a window that was registered.)
 */
public final class RefusedCallEndsRegistration extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "A refused call naming a registered window ends that registration and closes its token, as only the logoff call may.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                Registrations.Registered held = window == null || port != null || key == FaxConstants.LOGOFF_COMPLETION_KEY
                        ? null : registrations.of(window);
                FaxResult r = super.faxInitializeEventQueue(client, port, key, window, messageStart);
                if (held != null && !r.succeeded()) {
                    inner.faxInitializeEventQueue(held.client(), null, FaxConstants.LOGOFF_COMPLETION_KEY, window, held.messageStart());
                    registrations.ended(window);
                }
                return r;
            }
        };
    }
}
