package notifytck.variants.fax;

import java.util.function.Predicate;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxClient;

/** Stops without posting FEI_FAXSVC_ENDED to its message clients. */
public final class ServiceEndNotPosted extends ServiceEndWithheld implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-015";
    }

    @Override
    public String fault() {
        return "Stops without posting FEI_FAXSVC_ENDED to its message clients.";
    }

    @Override
    Predicate<FaxClient> withheldFrom() {
        return client -> true;
    }
}
