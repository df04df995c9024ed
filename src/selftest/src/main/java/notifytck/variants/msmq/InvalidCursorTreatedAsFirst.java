package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Treats any cursor value it does not know as MQMSG_FIRST instead of refusing it. */
public final class InvalidCursorTreatedAsFirst extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-005";
    }

    @Override
    public String fault() {
        return "Treats any cursor value it does not know as MQMSG_FIRST instead of refusing it.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean known = !cursor.given() || cursor.value() == MsmqConstants.MQMSG_FIRST
                        || cursor.value() == MsmqConstants.MQMSG_CURRENT || cursor.value() == MsmqConstants.MQMSG_NEXT;
                return super.enableNotification(queue, event, known ? cursor : OptionalInt32.of(MsmqConstants.MQMSG_FIRST), timeout);
            }
        };
    }
}
