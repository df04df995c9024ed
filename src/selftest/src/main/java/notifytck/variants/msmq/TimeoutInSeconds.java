package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Reads the receive timeout as seconds. */
public final class TimeoutInSeconds extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-019";
    }

    @Override
    public String fault() {
        return "Reads the receive timeout as seconds.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (timeout.given() && timeout.value() > 0) {
                    long ms = Math.min(Integer.MAX_VALUE, timeout.value() * 1000L);
                    return super.enableNotification(queue, event, cursor, OptionalInt32.of((int) ms));
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
