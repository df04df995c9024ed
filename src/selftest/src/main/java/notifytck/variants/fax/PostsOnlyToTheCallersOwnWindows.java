package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * A registration naming a window that another client created is answered with success and
 * serves nothing: messages go only to windows the registering client created itself, where the
 * service posting as the client reaches every window of its session. A second party: a window of
 * the same session that is not the caller's. (Found by a blind fault-writing review, round 7.)
 */
public final class PostsOnlyToTheCallersOwnWindows extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-009";
    }

    @Override
    public String fault() {
        return "Accepts a registration of another client's window but posts nothing there.";
    }

    private final WindowCreators creators = new WindowCreators();

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return creators.recording(inner, registrations);
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                FaxClient creator = creators.creatorOf(registrations, window);
                if (port == null && creator != null && !creator.equals(client) && key != 1) {
                    return FaxResult.OK; // said to have registered; nothing will be posted there
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
