package notifytck.variants.msmq;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.msmq.MsmqControl;

/**
 * One instance's control that keeps the virtual time that instance has reached, for faults that
 * depend on when a call is made. Per instance: scenarios run side by side and must not share it.
 */
final class ClockKeepingControl extends ForwardingMsmqControl {
    private final AtomicLong nowNanos = new AtomicLong();

    ClockKeepingControl(MsmqControl inner) {
        super(inner);
    }

    @Override
    public void advanceClock(Duration by) {
        super.advanceClock(by);
        nowNanos.addAndGet(by.toNanos());
    }

    long nowNanos() {
        return nowNanos.get();
    }

    long nowMillis() {
        return Duration.ofNanos(nowNanos.get()).toMillis();
    }
}
