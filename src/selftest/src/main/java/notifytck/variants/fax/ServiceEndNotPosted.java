package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** Stops without posting FEI_FAXSVC_ENDED to its message clients. */
public final class ServiceEndNotPosted extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-015";
    }

    @Override
    public String fault() {
        return "Stops without posting FEI_FAXSVC_ENDED to its message clients.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                return super.createWindow(client, desktop, (window, message, wParam, lParam) -> {
                    Registrations.Registered r = registrations.of(window);
                    boolean fax = r != null && message >= r.messageStart() && message <= r.messageStart() + FaxConstants.FEI_NEVENTS;
                    if (!(fax && message == r.messageStart() + FaxConstants.FEI_FAXSVC_ENDED)) {
                        procedure.onMessage(window, message, wParam, lParam);
                    }
                });
            }
        };
    }
}
