package notifytck.variants.fax;

import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/** Passes FaxInitializeEventQueue to the reference; a variant overrides where its fault lives. */
class ForwardingFax implements FaxAdapter {
    protected final FaxAdapter inner;
    protected final Registrations registrations;

    ForwardingFax(FaxAdapter inner, Registrations registrations) {
        this.inner = inner;
        this.registrations = registrations;
    }

    @Override
    public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long completionKey, WindowRef window, int messageStart) {
        FaxResult r = inner.faxInitializeEventQueue(client, port, completionKey, window, messageStart);
        if (r.succeeded() && window != null && port == null && messageStart != 0 && completionKey != 1) {
            registrations.registered(client, window, messageStart);
        }
        return r;
    }
}
