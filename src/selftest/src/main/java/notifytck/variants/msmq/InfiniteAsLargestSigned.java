package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Turns INFINITE into the largest signed 32-bit count of milliseconds (about 24.8 days), so an INFINITE wait expires. */
public final class InfiniteAsLargestSigned extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-018";
    }

    @Override
    public String fault() {
        return "Turns INFINITE into the largest signed 32-bit count of milliseconds (about 24.8 days), so an INFINITE wait expires.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (timeout.given() && timeout.value() == MsmqConstants.INFINITE) {
                    return super.enableNotification(queue, event, cursor, OptionalInt32.of(Integer.MAX_VALUE));
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
