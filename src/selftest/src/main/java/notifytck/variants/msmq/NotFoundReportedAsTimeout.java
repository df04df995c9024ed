package notifytck.variants.msmq;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;

/** Reports nothing found with a zero timeout as MQ_ERROR_IO_TIMEOUT instead of MQ_ERROR_MESSAGE_NOT_FOUND. */
public final class NotFoundReportedAsTimeout extends NotFoundReplaced {
    @Override
    public String fault() {
        return "Reports nothing found with a zero timeout as MQ_ERROR_IO_TIMEOUT instead of MQ_ERROR_MESSAGE_NOT_FOUND.";
    }

    @Override
    HResult replacement() {
        return MsmqConstants.MQ_ERROR_IO_TIMEOUT;
    }
}
