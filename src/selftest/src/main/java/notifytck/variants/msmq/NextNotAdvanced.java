package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Does not advance the cursor for MQMSG_NEXT: seeks from where the cursor stands, as MQMSG_CURRENT does. */
public final class NextNotAdvanced extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-011";
    }

    @Override
    public String fault() {
        return "Does not advance the cursor for MQMSG_NEXT: seeks from where the cursor stands, as MQMSG_CURRENT does.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (cursor.given() && cursor.value() == MsmqConstants.MQMSG_NEXT) {
                    return super.enableNotification(queue, event, OptionalInt32.of(MsmqConstants.MQMSG_CURRENT), timeout);
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
