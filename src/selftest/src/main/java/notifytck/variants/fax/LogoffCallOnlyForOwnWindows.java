package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Honours the logoff call only from the client that created the window: a client that registered
 * another client's window and makes the logoff call for it has it taken as one more registration,
 * and keeps its token. A second party: a window of another client. (Written after a blind fault the
 * suite missed: no client made the logoff call for a window it did not create.)
 */
public final class LogoffCallOnlyForOwnWindows extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "The logoff call for a window another client created is taken as a registration and leaves the caller's token.";
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
                if (port == null && key == FaxConstants.LOGOFF_COMPLETION_KEY && creator != null && !creator.equals(client) && messageStart != 0) {
                    return super.faxInitializeEventQueue(client, null, 0, window, messageStart);
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
