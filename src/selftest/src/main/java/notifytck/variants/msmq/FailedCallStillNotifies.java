package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Reports a closed queue object as MQ_ERROR_INVALID_HANDLE but starts the notification anyway. */
public final class FailedCallStillNotifies extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-007";
    }

    @Override
    public String fault() {
        return "Reports a closed queue object as MQ_ERROR_INVALID_HANDLE but starts the notification anyway.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                HResult r = super.enableNotification(queue, event, cursor, timeout);
                OpenedQueues.Opened o = opened.of(queue);
                String name = o == null ? null : o.queueName();
                if (r.equals(MsmqConstants.MQ_ERROR_INVALID_HANDLE) && event != null && name != null) {
                    QueueRef twin = control.openQueue(name, MsmqConstants.MQ_PEEK_ACCESS);
                    inner.enableNotification(twin, new MsmqEvent() {
                        @Override
                        public void arrived(QueueRef q) {
                            event.arrived(queue);
                        }

                        @Override
                        public void arrivedError(QueueRef q, HResult errorCode) {
                            event.arrivedError(queue, errorCode);
                        }
                    }, OptionalInt32.of(MsmqConstants.MQMSG_FIRST), timeout);
                }
                return r;
            }
        };
    }
}
