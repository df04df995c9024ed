package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Uses MQMSG_CURRENT when no cursor is given, where the document says MQMSG_FIRST. */
public final class DefaultCursorIsCurrent extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-002";
    }

    @Override
    public String fault() {
        return "Uses MQMSG_CURRENT when no cursor is given, where the document says MQMSG_FIRST.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                return super.enableNotification(queue, event, cursor.given() ? cursor : OptionalInt32.of(MsmqConstants.MQMSG_CURRENT), timeout);
            }
        };
    }
}
