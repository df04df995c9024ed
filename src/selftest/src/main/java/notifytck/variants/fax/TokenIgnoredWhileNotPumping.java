package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.SessionRef;

/**
 * At logoff, lets go of the tokens of windows whose threads do not pump (reasoning that a process
 * that does not answer is ended anyway), so only a token of a pumping window blocks the logoff. Two
 * conditions at once: an open token and a window that does not pump. (Written after a blind fault
 * the suite missed: every blocked logoff had a pumping window.)
 */
public final class TokenIgnoredWhileNotPumping extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-011";
    }

    @Override
    public String fault() {
        return "An open token blocks the logoff only while its window's thread pumps messages.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations, FaxAdapter service) {
        FaxParties parties = FaxParties.of(registrations);
        return new ForwardingFaxControl(parties.recording(inner)) {
            @Override
            public boolean logoff(SessionRef session) {
                for (Registrations.Registered r : registrations.all()) {
                    if (session.equals(parties.sessionOf(r.client())) && !parties.pumping(r.window())) {
                        service.faxInitializeEventQueue(r.client(), null, FaxConstants.LOGOFF_COMPLETION_KEY, r.window(), r.messageStart());
                        registrations.ended(r.window());
                    }
                }
                return super.logoff(session);
            }
        };
    }
}
