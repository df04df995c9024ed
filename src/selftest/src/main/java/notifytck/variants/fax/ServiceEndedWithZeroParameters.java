package notifytck.variants.fax;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;

/**
 * Posts FEI_FAXSVC_ENDED with wParam 0 and lParam 0 rather than 0xFFFFFFFF for "no job": no public
 * page fixes the parameters of that message.
 */
public final class ServiceEndedWithZeroParameters extends FaxDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Posts FEI_FAXSVC_ENDED with wParam 0 and lParam 0.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-FAX-MSG-015");
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return wrappingProcedures(inner, procedure -> (window, message, wParam, lParam) -> {
            boolean ended = registrations.isEvent(window, message, FaxConstants.FEI_FAXSVC_ENDED);
            procedure.onMessage(window, message, ended ? 0 : wParam, ended ? 0 : lParam);
        });
    }
}
