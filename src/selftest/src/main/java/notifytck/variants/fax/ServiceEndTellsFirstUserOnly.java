package notifytck.variants.fax;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxClient;

/**
 * Posts FEI_FAXSVC_ENDED only to the clients of the first user that ran a fax client, as if the
 * service kept one user's list of message clients: every other user's clients are not told.
 */
public final class ServiceEndTellsFirstUserOnly extends ServiceEndWithheld implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-015";
    }

    @Override
    public String fault() {
        return "Posts FEI_FAXSVC_ENDED only to the clients of the first user that ran a fax client.";
    }

    @Override
    Predicate<FaxClient> withheldFrom() {
        AtomicReference<String> first = new AtomicReference<>();
        return client -> {
            first.compareAndSet(null, client.session().user());
            return !first.get().equalsIgnoreCase(client.session().user());
        };
    }
}
