package notifytck.variants.fax;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * Which client created each window, per instance (found through the instance's Registrations,
 * since scenarios run side by side), for variants whose fault turns on a window's creator.
 */
final class WindowCreators {
    private final Map<Registrations, Map<WindowRef, FaxClient>> byInstance = Collections.synchronizedMap(new WeakHashMap<>());

    /** The control, recording the creator of every window it creates for this instance. */
    FaxControl recording(FaxControl inner, Registrations instance) {
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                WindowRef w = super.createWindow(client, desktop, procedure);
                if (w != null) {
                    of(instance).put(w, client);
                }
                return w;
            }
        };
    }

    /** The client that created {@code window} in this instance; null for none or an unknown window. */
    FaxClient creatorOf(Registrations instance, WindowRef window) {
        return window == null ? null : of(instance).get(window);
    }

    private Map<WindowRef, FaxClient> of(Registrations instance) {
        return byInstance.computeIfAbsent(instance, i -> new ConcurrentHashMap<>());
    }
}
