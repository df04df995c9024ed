package notifytck.variants.msmq;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * An MQMSG_NEXT call that overlaps another MQMSG_NEXT call on the same queue object loses its
 * cursor step, as with a cursor moved outside the queue's lock: both read the same place, so the
 * two calls move the cursor once and look at the same message. Sequential callers never see it.
 * A race, found by a blind fault-writing review (round 7).
 */
public final class NextStepLostUnderContention extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-011";
    }

    @Override
    public String fault() {
        return "An MQMSG_NEXT call that overlaps another on the same queue object does not advance the cursor.";
    }

    @Override
    public boolean racy() {
        return true;
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        Map<QueueRef, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean next = queue != null && cursor.given() && cursor.value() == MsmqConstants.MQMSG_NEXT;
                if (!next) {
                    return super.enableNotification(queue, event, cursor, timeout);
                }
                AtomicInteger busy = inFlight.computeIfAbsent(queue, q -> new AtomicInteger());
                try {
                    // Another NEXT on this queue object is under way: this one reads the place before that one's step lands.
                    OptionalInt32 used = busy.getAndIncrement() > 0 ? OptionalInt32.of(MsmqConstants.MQMSG_CURRENT) : cursor;
                    return super.enableNotification(queue, event, used, timeout);
                } finally {
                    busy.decrementAndGet();
                }
            }
        };
    }
}
