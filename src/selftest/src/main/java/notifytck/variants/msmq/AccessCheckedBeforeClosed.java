package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Checks the access type before the closed state, so a closed send-only queue object is reported as denied. */
public final class AccessCheckedBeforeClosed extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-010";
    }

    @Override
    public String fault() {
        return "Checks the access type before the closed state, so a closed send-only queue object is reported as denied.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                OpenedQueues.Opened o = opened.of(queue);
                Integer mode = o == null ? null : o.access();
                if (mode != null && mode != MsmqConstants.MQ_PEEK_ACCESS && mode != MsmqConstants.MQ_PEEK_ADMIN_ACCESS) {
                    return MsmqConstants.MQ_ERROR_ACCESS_DENIED;
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
