package notifytck.variants.msmq;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Unvaried values: keeps the receive timeout in 16 bits, so a timeout above 65,535 ms expires
 * early. Every scenario's timeout is small enough to fit; the model's draws reach 100,000 ms.
 */
public final class TimeoutTruncatedTo16Bits extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-016";
    }

    @Override
    public String fault() {
        return "Keeps the receive timeout in 16 bits: a finite timeout above 65,535 ms expires at its value modulo 65,536.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.MsmqModelProperties");
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                if (timeout.given() && timeout.value() > 0xFFFF) {
                    // A truncation to 0 would turn the wait into a poll; a C implementation's WORD keeps at least 1 here.
                    return super.enableNotification(queue, event, cursor, OptionalInt32.of(Math.max(1, timeout.value() & 0xFFFF)));
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
