package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;

/** Puts the job ID in wParam and the device ID in lParam. */
public final class DeviceAndJobSwapped extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-004";
    }

    @Override
    public String fault() {
        return "Puts the job ID in wParam and the device ID in lParam.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return wrappingProcedures(inner, procedure -> (window, message, wParam, lParam) -> {
            if (registrations.isFaxMessage(window, message)) {
                procedure.onMessage(window, message, lParam, wParam);
            } else {
                procedure.onMessage(window, message, wParam, lParam);
            }
        });
    }
}
