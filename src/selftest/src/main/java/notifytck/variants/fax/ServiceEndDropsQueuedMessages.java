package notifytck.variants.fax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * State changing during a wait: messages posted to a window whose thread has stopped pumping are
 * lost if the service ends before the thread pumps again; only FEI_FAXSVC_ENDED arrives. Found by
 * the fax model property (16-18 runs of 20); since 2026-12-03 a scenario of REQ-FAX-MSG-005 stops
 * the service while a window holds messages, and the variant is judged by the scenarios.
 */
public final class ServiceEndDropsQueuedMessages extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-005";
    }

    @Override
    public String fault() {
        return "At the service's end, messages still waiting for a window that does not pump are discarded: the window gets only FEI_FAXSVC_ENDED.";
    }

    /** One instance's windows: whether each pumps, and whether it is to lose what it holds. */
    private static final class Dropping extends ForwardingFaxControl {
        final Map<WindowRef, Boolean> pumping = new ConcurrentHashMap<>();
        final Map<WindowRef, Boolean> dropping = new ConcurrentHashMap<>();
        final Registrations registrations;

        Dropping(FaxControl inner, Registrations registrations) {
            super(inner);
            this.registrations = registrations;
        }

        @Override
        public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
            WindowRef ref = super.createWindow(client, desktop, (window, message, wParam, lParam) -> {
                Registrations.Registered r = registrations.of(window);
                boolean fax = r != null && message >= r.messageStart() && message <= r.messageStart() + FaxConstants.FEI_NEVENTS;
                if (fax && message == r.messageStart() + FaxConstants.FEI_FAXSVC_ENDED) {
                    dropping.remove(window);
                } else if (fax && dropping.containsKey(window)) {
                    return;
                }
                procedure.onMessage(window, message, wParam, lParam);
            });
            pumping.put(ref, true);
            return ref;
        }

        @Override
        public void setPumping(WindowRef window, boolean on) {
            pumping.put(window, on);
            super.setPumping(window, on);
        }

        @Override
        public void stopService() {
            pumping.forEach((w, on) -> {
                if (!on) {
                    dropping.put(w, true);
                }
            });
            super.stopService();
        }
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new Dropping(inner, registrations);
    }
}
