package notifytck.variants.msmq;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;

/**
 * Closing a queue object cancels every call still waiting on it, as [MS-MQDMPR] 3.1.7.1.6 "Close
 * Queue" does for a descriptor's waiting reads: each event fires ArrivedError
 * MQ_ERROR_OPERATION_CANCELLED. An independent implementation chose this (docs/msmq-readings.md).
 */
public final class CloseCancelsWaits extends WaitsEndedOnClose implements DefensibleVariant {
    @Override
    HResult onClose() {
        return MsmqConstants.MQ_ERROR_OPERATION_CANCELLED;
    }

    @Override
    public String choice() {
        return "Closing a queue object ends every call waiting on it with ArrivedError MQ_ERROR_OPERATION_CANCELLED.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-MSMQ-ENABLE-026");
    }
}
