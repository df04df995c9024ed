package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Checks for a null event before the queue object's state, so a closed queue object with a null event gets E_INVALIDARG. */
public final class NullEventCheckedFirst extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-008";
    }

    @Override
    public String fault() {
        return "Checks for a null event before the queue object's state, so a closed queue object with a null event gets E_INVALIDARG.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (event == null) {
                    return MsmqConstants.E_INVALIDARG;
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
