package notifytck.variants.fax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.fax.FaxClient;
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

    Registered anyOf(FaxClient client) {
        return byWindow.values().stream().filter(r -> r.client().equals(client)).findFirst().orElse(null);
    }
}
