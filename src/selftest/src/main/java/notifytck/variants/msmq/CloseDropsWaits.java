package notifytck.variants.msmq;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;

/**
 * Closing a queue object silently drops the calls waiting on it: no event ever, so a client that
 * waits on the event waits for good. REQ-MSMQ-ENABLE-026 accepts a cancel or a wait that goes on,
 * not this; the guard that the reading did not become "anything goes".
 */
public final class CloseDropsWaits extends WaitsEndedOnClose implements FaultyVariant {
    @Override
    HResult onClose() {
        return null;
    }

    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-026";
    }

    @Override
    public String fault() {
        return "Closing a queue object drops the calls waiting on it without an event.";
    }
}
