package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** Reports "nothing found" (MQ_ERROR_MESSAGE_NOT_FOUND) with another code: the variants differ in which. */
abstract class NotFoundReplaced extends MsmqDecorator implements FaultyVariant {
    /** The code put in MQ_ERROR_MESSAGE_NOT_FOUND's place. */
    abstract HResult replacement();

    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-015";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            protected MsmqEvent wrap(MsmqEvent kit) {
                return new ForwardingEvent(kit) {
                    @Override
                    public void arrivedError(QueueRef queue, HResult errorCode) {
                        kit.arrivedError(queue, errorCode.equals(MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND) ? replacement() : errorCode);
                    }
                };
            }
        };
    }
}
