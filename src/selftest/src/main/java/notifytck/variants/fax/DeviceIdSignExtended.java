package notifytck.variants.fax;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;

/**
 * Copies the device ID into wParam as a signed number: a device ID with the top bit set arrives
 * negative. A value not usually picked: the DWORD's upper half. (Found by a blind fault-writing
 * review: every device ID drawn was below 4.)
 */
public final class DeviceIdSignExtended extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-004";
    }

    @Override
    public String fault() {
        return "Copies the device ID into wParam as a signed number: device IDs of 0x80000000 and above arrive negative.";
    }

    /** No scenario raises an event on such a device; the model does. */
    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.FaxModelProperties");
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return wrappingProcedures(inner, procedure -> (window, message, wParam, lParam) ->
                procedure.onMessage(window, message, registrations.isFaxMessage(window, message) ? (long) (int) wParam : wParam, lParam));
    }
}
