package notifytck.variants.msmq;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;

/**
 * Reports nothing found with the value the document prints for MQ_ERROR_MESSAGE_NOT_FOUND
 * (0xC00E0008, which mq.h names MQ_ERROR_OPERATION_CANCELLED) instead of the header value a real
 * MSMQ returns. The kit before the erratum asserted exactly this and passed it.
 */
public final class NotFoundAsTheDocumentPrintsIt extends NotFoundReplaced {
    @Override
    public String fault() {
        return "Reports nothing found as 0xC00E0008, the document's misprint, instead of MQ_ERROR_MESSAGE_NOT_FOUND 0xC00E0088.";
    }

    @Override
    HResult replacement() {
        return MsmqConstants.MQ_ERROR_OPERATION_CANCELLED;
    }
}
