package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;

/**
 * An output never inspected: a logoff's WM_ENDSESSION carries lParam 0, which the WM_ENDSESSION
 * page reads as a shutdown or restart, not ENDSESSION_LOGOFF. Blind round 14 wrote it in the
 * reference; the kit before REQ-FAX-MSG-018 looked only at the message number.
 */
public final class EndSessionWithoutLogoffFlag extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-018";
    }

    @Override
    public String fault() {
        return "Sends WM_ENDSESSION at a logoff with lParam 0 instead of ENDSESSION_LOGOFF.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return wrappingProcedures(inner, procedure -> (window, message, wParam, lParam) ->
                procedure.onMessage(window, message, wParam, message == FaxConstants.WM_ENDSESSION ? 0 : lParam));
    }
}
