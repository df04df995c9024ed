package notifytck.variants.fax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * Posts as the window's owner instead of as the client that registered it: a client that names a
 * window of another user's session has messages delivered there. A second party: a window that is
 * not the caller's. (Found by a blind fault-writing review: every registration named the client's
 * own window.)
 */
public final class PostsAsTheWindowsOwner extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-009";
    }

    @Override
    public String fault() {
        return "Posts as the window's owner, not as the registering client: another user's session gets the messages.";
    }

    /** Each instance's windows and their owners, found through the instance's Registrations (scenarios run side by side). */
    private final Map<Registrations, Map<WindowRef, FaxClient>> owners = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Map<WindowRef, FaxClient> ownersOf(Registrations instance) {
        return owners.computeIfAbsent(instance, i -> new ConcurrentHashMap<>());
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                WindowRef w = super.createWindow(client, desktop, procedure);
                if (w != null) {
                    ownersOf(registrations).put(w, client);
                }
                return w;
            }
        };
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                FaxClient owner = window == null ? null : ownersOf(registrations).get(window);
                return super.faxInitializeEventQueue(owner != null && port == null ? owner : client, port, key, window, messageStart);
            }
        };
    }
}
