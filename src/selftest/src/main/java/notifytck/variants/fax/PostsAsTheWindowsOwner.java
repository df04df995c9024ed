package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Posts as the window's owner instead of as the client that registered it: a client that names a
 * window of another user's session has messages delivered there. A second party: a window that is
 * not the caller's. (Found by a blind fault-writing review: every registration named the client's
 * own window.)
 */
public final class PostsAsTheWindowsOwner extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-009";
    }

    @Override
    public String fault() {
        return "Posts as the window's owner, not as the registering client: another user's session gets the messages.";
    }

    private final WindowCreators owners = new WindowCreators();

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return owners.recording(inner, registrations);
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                FaxClient owner = owners.creatorOf(registrations, window);
                return super.faxInitializeEventQueue(owner != null && port == null ? owner : client, port, key, window, messageStart);
            }
        };
    }
}
