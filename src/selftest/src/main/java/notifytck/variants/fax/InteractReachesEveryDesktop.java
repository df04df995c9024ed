package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.ServiceAccount;

/** With the interact option, posts to every desktop of a session rather than only the interactive one. */
public final class InteractReachesEveryDesktop extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-007";
    }

    @Override
    public String fault() {
        return "With the interact option, posts to every desktop of a session rather than only the interactive one.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public void configureService(ServiceAccount account) {
                super.configureService(account.localSystem() && account.interactWithDesktop() ? ServiceAccount.user("faulty-faxsvc") : account);
            }
        };
    }
}
