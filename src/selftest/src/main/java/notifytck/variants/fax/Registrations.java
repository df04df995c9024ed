package notifytck.variants.fax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.WindowRef;

/** Which window each client registered for messages, and from which base message. */
final class Registrations {
    record Registered(FaxClient client, WindowRef window, int messageStart) {}

    private final Map<WindowRef, Registered> byWindow = new ConcurrentHashMap<>();

    void registered(FaxClient client, WindowRef window, int messageStart) {
        byWindow.put(window, new Registered(client, window, messageStart));
    }

    Registered of(WindowRef window) {
        return byWindow.get(window);
    }

    /** Whether a message posted to this window is one of its fax messages, [MessageStart, MessageStart + FEI_NEVENTS]. */
    boolean isFaxMessage(WindowRef window, int message) {
        Registered r = of(window);
        return r != null && message >= r.messageStart() && message <= r.messageStart() + FaxConstants.FEI_NEVENTS;
    }

    /** Whether a message posted to this window is the fax event with this ID. */
    boolean isEvent(WindowRef window, int message, int eventId) {
        Registered r = of(window);
        return r != null && message == r.messageStart() + eventId;
    }

    /** Every window registered for messages now. */
    java.util.List<Registered> all() {
        return java.util.List.copyOf(byWindow.values());
    }

    /** The window's registration ended (a variant made the logoff call itself). */
    void ended(WindowRef window) {
        byWindow.remove(window);
    }

    Registered anyOf(FaxClient client) {
        return byWindow.values().stream().filter(r -> r.client().equals(client)).findFirst().orElse(null);
    }
}
