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
 * A registration naming a window that another client created is answered with success and
 * serves nothing: messages go only to windows the registering client created itself, where the
 * service posting as the client reaches every window of its session. A second party: a window of
 * the same session that is not the caller's. (Found by a blind fault-writing review, round 7.)
 */
public final class PostsOnlyToTheCallersOwnWindows extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-009";
    }

    @Override
    public String fault() {
        return "Accepts a registration of another client's window but posts nothing there.";
    }

    /** Each instance's windows and the clients that created them (scenarios run side by side). */
    private final Map<Registrations, Map<WindowRef, FaxClient>> creators = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Map<WindowRef, FaxClient> creatorsOf(Registrations instance) {
        return creators.computeIfAbsent(instance, i -> new ConcurrentHashMap<>());
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                WindowRef w = super.createWindow(client, desktop, procedure);
                if (w != null) {
                    creatorsOf(registrations).put(w, client);
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
                FaxClient creator = window == null ? null : creatorsOf(registrations).get(window);
                if (port == null && creator != null && !creator.equals(client) && key != 1) {
                    return FaxResult.OK; // said to have registered; nothing will be posted there
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
