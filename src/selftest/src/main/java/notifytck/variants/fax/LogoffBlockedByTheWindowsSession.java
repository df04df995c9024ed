package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.SessionRef;

/**
 * Decides whose logoff a token blocks by the session of the registered window instead of the
 * registering client's: a client that named a window of another user's session holds up that user.
 * A second party: a window in another session. (Written after a blind fault the suite missed: the
 * cross-session registration was never followed by a logoff.)
 */
public final class LogoffBlockedByTheWindowsSession extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-011";
    }

    @Override
    public String fault() {
        return "A token blocks the logoff of the registered window's session, not the registering client's.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        FaxParties parties = FaxParties.of(registrations);
        return new ForwardingFaxControl(parties.recording(inner)) {
            @Override
            public boolean logoff(SessionRef session) {
                for (Registrations.Registered r : registrations.all()) {
                    if (session.equals(parties.sessionOf(r.window())) && !session.equals(parties.sessionOf(r.client())) && holdsTokenOf(r.client())) {
                        return false;
                    }
                }
                return super.logoff(session);
            }
        };
    }
}
