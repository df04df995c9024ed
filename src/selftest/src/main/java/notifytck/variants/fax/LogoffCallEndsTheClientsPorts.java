package notifytck.variants.fax;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Takes the logoff call for a window as the client's whole event queue going: its completion port
 * registrations end too. A second party of the same client: its port. (Written after a blind fault
 * the suite missed: no client had a port beside the window it made the logoff call for.)
 */
public final class LogoffCallEndsTheClientsPorts extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-013";
    }

    @Override
    public String fault() {
        return "The logoff call for a window also ends the client's completion port registrations.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        Map<FaxClient, List<SilencedPort>> ports = new ConcurrentHashMap<>();
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (port != null) {
                    SilencedPort p = new SilencedPort(port);
                    ports.computeIfAbsent(client, c -> new CopyOnWriteArrayList<>()).add(p);
                    return super.faxInitializeEventQueue(client, p, key, window, messageStart);
                }
                FaxResult r = super.faxInitializeEventQueue(client, null, key, window, messageStart);
                if (r.succeeded() && window != null && key == FaxConstants.LOGOFF_COMPLETION_KEY) {
                    ports.getOrDefault(client, List.of()).forEach(SilencedPort::silence);
                }
                return r;
            }
        };
    }
}
