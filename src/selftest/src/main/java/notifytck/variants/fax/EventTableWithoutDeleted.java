package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;

/**
 * Numbers the events from a table that lacks FEI_DELETED, as an older winfax.h would: every
 * event from FEI_DELETED on goes out one message low, so the client reads FEI_JOB_QUEUED where
 * a job was deleted and FEI_HANDLED where the service started. The events a scenario usually
 * picks (dialing, sending, completed, idle, ringing, job queued) are unaffected.
 */
public final class EventTableWithoutDeleted extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-004";
    }

    @Override
    public String fault() {
        return "Posts every event from FEI_DELETED (23) on one message low, as if its table lacked FEI_DELETED.";
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(inner) {
            @Override
            public void raiseEvent(int eventId, int deviceId, int jobId) {
                super.raiseEvent(eventId >= FaxConstants.FEI_DELETED ? eventId - 1 : eventId, deviceId, jobId);
            }
        };
    }
}
