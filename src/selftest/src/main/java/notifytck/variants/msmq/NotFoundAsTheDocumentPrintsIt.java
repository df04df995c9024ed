package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Reports nothing found with the value the document prints for MQ_ERROR_MESSAGE_NOT_FOUND
 * (0xC00E0008, which mq.h names MQ_ERROR_OPERATION_CANCELLED) instead of the header value a real
 * MSMQ returns. The kit before the erratum asserted exactly this and passed it.
 */
public final class NotFoundAsTheDocumentPrintsIt extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-015";
    }

    @Override
    public String fault() {
        return "Reports nothing found as 0xC00E0008, the document's misprint, instead of MQ_ERROR_MESSAGE_NOT_FOUND 0xC00E0088.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            protected MsmqEvent wrap(MsmqEvent kit) {
                return new ForwardingEvent(kit) {
                    @Override
                    public void arrivedError(QueueRef queue, HResult errorCode) {
                        kit.arrivedError(queue, errorCode.equals(MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND) ? MsmqConstants.MQ_ERROR_OPERATION_CANCELLED : errorCode);
                    }
                };
            }
        };
    }
}
