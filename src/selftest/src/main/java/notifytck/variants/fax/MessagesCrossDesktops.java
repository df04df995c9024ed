package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.ServiceAccount;

/** Lets LocalSystem post to user desktops without the interact option, as if it were selected. */
public final class MessagesCrossDesktops extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-006";
    }

    @Override
    public String fault() {
        return "Lets LocalSystem post to user desktops without the interact option, as if it were selected.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public void configureService(ServiceAccount account) {
                super.configureService(account.localSystem() ? ServiceAccount.localSystem(true) : account);
            }
        };
    }
}
