package notifytck.variants.fax;

import java.util.Map;
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
 * Closes a registration's token as soon as its window is destroyed, whether or not the client makes
 * the logoff call: a client that ignores WM_DESTROY no longer blocks its user's logoff. State changed
 * while the token is held. (Found by a blind fault-writing review: no scenario destroyed a window
 * whose client did not answer.)
 */
public final class DestroyedWindowLetsTokenGo extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-011";
    }

    @Override
    public String fault() {
        return "Closes a registration's token when its window is destroyed, though the client never made the logoff call.";
    }

    /** Each instance's windows whose registration the fault ended, found through the instance's Registrations. */
    private final Map<Registrations, Set<WindowRef>> ended = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Set<WindowRef> endedOf(Registrations instance) {
        return ended.computeIfAbsent(instance, i -> ConcurrentHashMap.newKeySet());
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations, FaxAdapter service) {
        return new ForwardingFaxControl(inner) {
            @Override
            public void destroyWindow(WindowRef window) {
                Registrations.Registered r = registrations.of(window);
                if (r != null && service.faxInitializeEventQueue(r.client(), null, FaxConstants.LOGOFF_COMPLETION_KEY, window, r.messageStart()).succeeded()) {
                    // The registration ends with the window, logoff call or not.
                    endedOf(registrations).add(window);
                }
                super.destroyWindow(window);
            }
        };
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (key == FaxConstants.LOGOFF_COMPLETION_KEY && window != null && endedOf(registrations).remove(window)) {
                    return FaxResult.OK; // the client's own logoff call finds its work done
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
