package notifytck.variants.fax;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowRef;

/**
 * Queues WM_DESTROY behind the posted messages of a window whose thread does not pump, so a window
 * destroyed with a fax message waiting gets WM_DESTROY only when its thread pumps again, and until
 * then the client cannot make the logoff call. State that changed while the window waited. (Written
 * after a blind fault the suite missed: no window was destroyed with a message queued for it.)
 */
public final class DestroyWaitsBehindPostedMessages extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "WM_DESTROY waits behind the fax messages queued for a window whose thread does not pump.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        FaxParties parties = FaxParties.of(registrations);
        Set<WindowRef> queued = ConcurrentHashMap.newKeySet();
        Set<WindowRef> deferred = ConcurrentHashMap.newKeySet();
        return new ForwardingFaxControl(parties.recording(inner)) {
            @Override
            public void raiseEvent(int eventId, int deviceId, int jobId) {
                super.raiseEvent(eventId, deviceId, jobId);
                registrations.all().stream().map(Registrations.Registered::window).filter(w -> !parties.pumping(w)).forEach(queued::add);
            }

            @Override
            public void destroyWindow(WindowRef window) {
                if (!parties.pumping(window) && queued.contains(window)) {
                    deferred.add(window);
                    return;
                }
                super.destroyWindow(window);
            }

            @Override
            public void setPumping(WindowRef window, boolean pumping) {
                super.setPumping(window, pumping);
                if (pumping) {
                    queued.remove(window);
                    if (deferred.remove(window)) {
                        super.destroyWindow(window);
                    }
                }
            }
        };
    }
}
