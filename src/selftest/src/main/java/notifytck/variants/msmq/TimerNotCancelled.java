package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Keeps a finite timeout's timer running after the notification fired: when it expires,
 * ArrivedError(MQ_ERROR_IO_TIMEOUT) follows the Arrived. The stray timer is a second notification
 * armed on a private, always-empty queue, forwarding only its timeout.
 */
public final class TimerNotCancelled extends MsmqDecorator implements FaultyVariant {
    private final AtomicInteger shadows = new AtomicInteger();

    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-017";
    }

    @Override
    public String fault() {
        return "Keeps a finite timeout's timer running after Arrived, so MQ_ERROR_IO_TIMEOUT follows it.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                HResult r = super.enableNotification(queue, event, cursor, timeout);
                if (r.succeeded() && event != null && timeout.given() && timeout.value() > 0 && timeout.value() != MsmqConstants.INFINITE) {
                    QueueRef timer = control.openQueue("faulty-timer-" + shadows.incrementAndGet(), MsmqConstants.MQ_PEEK_ACCESS);
                    inner.enableNotification(timer, new MsmqEvent() {
                        @Override
                        public void arrived(QueueRef q) {
                            // The private queue never holds a message.
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
