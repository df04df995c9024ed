package notifytck.variants.fax;

import notifytck.variants.Waits;
import notifytck.selftest.FaultyVariant;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** Sends instead of posting: each fax event waits until every message window has taken its message. */
public final class SentNotPosted extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-005";
    }

    /** Which other rules fail depends on how a window taking a sent message races the service stopping. */
    @Override
    public boolean racy() {
        return true;
    }

    @Override
    public String fault() {
        return "Sends instead of posting: each fax event waits until every message window has taken its message.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        Map<WindowRef, AtomicLong> taken = new ConcurrentHashMap<>();
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                AtomicLong count = new AtomicLong();
                WindowRef w = super.createWindow(client, desktop, (window, message, wParam, lParam) -> {
                    procedure.onMessage(window, message, wParam, lParam);
                    count.incrementAndGet();
                });
                taken.put(w, count);
                return w;
            }

            @Override
            public void raiseEvent(int eventId, int deviceId, int jobId) {
                Map<WindowRef, Long> before = new ConcurrentHashMap<>();
                taken.forEach((w, c) -> {
                    if (registrations.of(w) != null) {
                        before.put(w, c.get());
                    }
                });
                super.raiseEvent(eventId, deviceId, jobId);
                long until = Waits.deadline(Duration.ofSeconds(5));
                before.forEach((w, n) -> Waits.until(until, () -> taken.get(w).get() > n));
            }
        };
    }
}
