package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * Counts at logoff only the tokens of windows on the session's default desktop: a client whose
 * window is on a second desktop and which does not answer the end of the session no longer holds
 * up its user (its token is let go once its window has had WM_ENDSESSION). Two conditions at once:
 * a held token and a window on a second desktop. (Written after a blind fault the suite missed:
 * every blocked logoff had its window on the default desktop.)
 */
public final class TokenBlocksOnTheDefaultDesktopOnly extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-011";
    }

    @Override
    public String fault() {
        return "A held token blocks the logoff only when its window is on the session's default desktop.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations, FaxAdapter service) {
        FaxParties parties = FaxParties.of(registrations);
        ForwardingFaxControl recording = parties.recording(inner);
        return new ForwardingFaxControl(recording) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                return super.createWindow(client, desktop, (window, message, wParam, lParam) -> {
                    procedure.onMessage(window, message, wParam, lParam);
                    Registrations.Registered r = registrations.of(window);
                    if (message == FaxConstants.WM_ENDSESSION && r != null && !parties.onDefaultDesktop(window) && recording.holdsTokenOf(r.client())) {
                        // The client did not answer; the service drops the token before it decides the logoff.
                        service.faxInitializeEventQueue(r.client(), null, FaxConstants.LOGOFF_COMPLETION_KEY, window, r.messageStart());
                        registrations.ended(window);
                    }
                });
            }
        };
    }
}
