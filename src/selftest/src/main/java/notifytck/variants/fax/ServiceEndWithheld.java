package notifytck.variants.fax;

import java.util.function.Predicate;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** Stops without posting FEI_FAXSVC_ENDED to the message clients {@link #withheldFrom} picks. */
abstract class ServiceEndWithheld extends FaxDecorator {
    /** A fresh choice for each instance of the implementation. */
    abstract Predicate<FaxClient> withheldFrom();

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        Predicate<FaxClient> withheld = withheldFrom();
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                boolean toThisClient = !withheld.test(client);
                return super.createWindow(client, desktop, (window, message, wParam, lParam) -> {
                    if (toThisClient || !registrations.isEvent(window, message, FaxConstants.FEI_FAXSVC_ENDED)) {
                        procedure.onMessage(window, message, wParam, lParam);
                    }
                });
            }
        };
    }
}
