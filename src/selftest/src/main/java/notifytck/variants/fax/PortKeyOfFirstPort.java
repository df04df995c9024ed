package notifytck.variants.fax;

import java.util.concurrent.atomic.AtomicLong;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * A second party: keeps one completion key for the service, the first one registered, so a
 * second client's packets carry the first client's key. Found by the fax model property (19 of 20
 * runs); since 2026-12-03 a scenario of REQ-FAX-MSG-002 has two clients' ports, and the variant is
 * judged by the scenarios.
 */
public final class PortKeyOfFirstPort extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-002";
    }

    @Override
    public String fault() {
        return "Posts every completion packet with the completion key of the first port registered, not the key its client gave.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        AtomicLong first = new AtomicLong(Long.MIN_VALUE);
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (port == null) {
                    return super.faxInitializeEventQueue(client, port, key, window, messageStart);
                }
                first.compareAndSet(Long.MIN_VALUE, key);
                CompletionPort withFirstKey = (k, eventId, deviceId, jobId) -> port.post(first.get(), eventId, deviceId, jobId);
                return super.faxInitializeEventQueue(client, withFirstKey, key, window, messageStart);
            }
        };
    }
}
