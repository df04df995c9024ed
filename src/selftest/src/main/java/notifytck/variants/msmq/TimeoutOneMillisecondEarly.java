package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Lets a finite timeout expire one millisecond early. */
public final class TimeoutOneMillisecondEarly extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-016";
    }

    @Override
    public String fault() {
        return "Lets a finite timeout expire one millisecond early.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (timeout.given() && timeout.value() > 1) {
                    return super.enableNotification(queue, event, cursor, OptionalInt32.of(timeout.value() - 1));
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
