package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Counts a finite receive timeout from when the clock started rather than from the call: a call
 * made at time 0 is right; a call made later times out early. Once only MsmqTimeoutProperties
 * made calls later than 0; since REQ-MSMQ-ENABLE-016's re-armed call (made after a first call's
 * 1,500 ms timeout) a scenario does too, so this is no longer a fault only properties show.
 */
public final class TimeoutCountedFromClockStart extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-016";
    }

    @Override
    public String fault() {
        return "Counts a finite receive timeout from the clock's start instead of from the call.";
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ClockKeepingControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        ClockKeepingControl clock = (ClockKeepingControl) decoratedControl;
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (timeout.given() && timeout.value() > 0 && timeout.value() != MsmqConstants.INFINITE) {
                    long left = Math.max(1, timeout.value() - clock.nowMillis());
                    return super.enableNotification(queue, event, cursor, OptionalInt32.of((int) left));
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
