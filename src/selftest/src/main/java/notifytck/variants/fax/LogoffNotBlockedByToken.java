package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.SessionRef;

/** Lets a user log off although the fax service holds a handle to the desktop. */
public final class LogoffNotBlockedByToken extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-011";
    }

    @Override
    public String fault() {
        return "Lets a user log off although the fax service holds a handle to the desktop.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public boolean logoff(SessionRef session) {
                super.logoff(session);
                return true;
            }
        };
    }
}
