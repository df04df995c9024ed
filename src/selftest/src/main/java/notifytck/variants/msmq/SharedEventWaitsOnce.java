package notifytck.variants.msmq;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Keeps one wait from the head per event object: a second MQMSG_FIRST call with an event object an
 * earlier call still waits on returns S_OK and is never notified. A second call on the same event
 * object. (Found by a blind fault-writing review.)
 */
public final class SharedEventWaitsOnce extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-021";
    }

    @Override
    public String fault() {
        return "A second MQMSG_FIRST call with an event object already waited on returns S_OK and never fires.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        Map<MsmqEvent, Integer> waiting = Collections.synchronizedMap(new IdentityHashMap<>());
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean fromHead = !cursor.given() || cursor.value() == MsmqConstants.MQMSG_FIRST;
                if (!fromHead || event == null) {
                    return super.enableNotification(queue, event, cursor, timeout);
                }
                if (waiting.getOrDefault(event, 0) > 0) {
                    return HResult.of(0); // the fault: one wait per event object, and this one is dropped
                }
                waiting.merge(event, 1, Integer::sum);
                HResult r = super.enableNotification(queue, new ForwardingEvent(event) {
                    @Override
                    public void arrived(QueueRef q) {
                        waiting.merge(event, -1, Integer::sum);
                        super.arrived(q);
                    }

                    @Override
                    public void arrivedError(QueueRef q, HResult errorCode) {
                        waiting.merge(event, -1, Integer::sum);
                        super.arrivedError(q, errorCode);
                    }
                }, cursor, timeout);
                if (!HResult.of(0).equals(r)) {
                    waiting.merge(event, -1, Integer::sum);
                }
                return r;
            }
        };
    }
}
