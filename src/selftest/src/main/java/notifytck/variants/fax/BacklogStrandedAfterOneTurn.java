package notifytck.variants.fax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * A window thread that pumps again takes one turn of its backlog (32 messages) and asks for no
 * other: the rest stays queued until something new is posted. State that changed while the window
 * waited, with a backlog longer than one turn. (Written after a blind fault the suite missed: no
 * backlog was longer than two messages.)
 */
public final class BacklogStrandedAfterOneTurn extends FaxDecorator implements FaultyVariant {
    private static final int ONE_TURN = 32;

    @Override
    public String breaks() {
        return "REQ-FAX-MSG-005";
    }

    @Override
    public String fault() {
        return "A window that pumps again gets only the first 32 messages of its backlog until something new is posted.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        // Per window: messages taken since it pumped again; -1 while no backlog is being taken.
        Map<WindowRef, AtomicInteger> taken = new ConcurrentHashMap<>();
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                AtomicInteger count = new AtomicInteger(-1);
                WindowRef w = super.createWindow(client, desktop, (window, message, wParam, lParam) -> {
                    if (registrations.isFaxMessage(window, message) && count.get() >= 0 && count.incrementAndGet() > ONE_TURN) {
                        return; // stranded: the thread asked for no second turn
                    }
                    procedure.onMessage(window, message, wParam, lParam);
                });
                if (w != null) {
                    taken.put(w, count);
                }
                return w;
            }

            @Override
            public void setPumping(WindowRef window, boolean pumping) {
                AtomicInteger count = taken.get(window);
                if (count != null) {
                    count.set(pumping ? 0 : -1);
                }
                super.setPumping(window, pumping);
            }

            @Override
            public void raiseEvent(int eventId, int deviceId, int jobId) {
                // Something new posted asks for a turn again.
                taken.values().forEach(c -> c.set(-1));
                super.raiseEvent(eventId, deviceId, jobId);
            }
        };
    }
}
