package notifytck.variants.msmq;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Files its timers by due time alone: a second call whose timeout falls due at the very moment of
 * an earlier one's is dropped from the timers and never times out. A second party: another call
 * due at once. (Found by a blind fault-writing review: the timer order had lost its tie-break.)
 */
public final class SameDueTimeoutLost extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-016";
    }

    @Override
    public String fault() {
        return "A call whose timeout falls due at the same moment as an earlier call's never times out.";
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ClockKeepingControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        ClockKeepingControl clock = (ClockKeepingControl) decoratedControl;
        Set<Long> dues = ConcurrentHashMap.newKeySet();
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean finite = timeout.given() && timeout.value() > 0 && timeout.value() != MsmqConstants.INFINITE;
                if (finite && event != null && !dues.add(clock.nowNanos() + Duration.ofMillis(timeout.value()).toNanos())) {
                    return super.enableNotification(queue, new ForwardingEvent(event) {
                        @Override
                        public void arrivedError(QueueRef q, HResult errorCode) {
                            if (!MsmqConstants.MQ_ERROR_IO_TIMEOUT.equals(errorCode)) {
                                super.arrivedError(q, errorCode);
                            }
                        }
                    }, cursor, timeout);
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
