package notifytck.variants.fax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * The logoff call ends one registration of its window: a window registered twice keeps the other,
 * with its token, so the user can never log off. A second party: the same window registered again.
 * (Found by a blind fault-writing review: the suite passed it while every logoff scenario
 * registered a window once.)
 */
public final class LogoffCallEndsOneRegistration extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "The logoff call ends one registration of its window; a second registration keeps its token open.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        Map<WindowRef, Integer> times = new ConcurrentHashMap<>();
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                FaxResult result = super.faxInitializeEventQueue(client, port, key, window, messageStart);
                if (port != null || window == null || !result.succeeded()) {
                    return result;
                }
                if (key != 1) {
                    times.merge(window, 1, Integer::sum);
                } else {
                    Integer before = times.remove(window);
                    Registrations.Registered r = registrations.of(window);
                    if (before != null && before > 1 && r != null) {
                        // The service ended both; the fault is that one stays: register it again, token and all.
                        super.faxInitializeEventQueue(client, null, 0, window, r.messageStart());
                        times.put(window, 1);
                    }
                }
                return result;
            }
        };
    }
}
