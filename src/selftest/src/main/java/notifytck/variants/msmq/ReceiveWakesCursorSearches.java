package notifytck.variants.msmq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * State changing during a wait: a receive by another client wakes the searches from the cursor
 * waiting on that queue, and each reports Arrived without looking whether anything suitable came
 * after its cursor (a naive "the queue changed" wake-up). No scenario receives a message while a
 * search waits.
 */
public final class ReceiveWakesCursorSearches extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-013";
    }

    @Override
    public String fault() {
        return "A receive by another client wakes every search from the cursor waiting on the queue, and each fires Arrived without a suitable message after its cursor.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.MsmqModelProperties");
    }

    /** A search from the cursor still waiting, as this decorator saw it go in. */
    private record Waiting(QueueRef queue, MsmqEvent kit, AtomicBoolean fired) {}

    /** One instance's waiting searches, by queue name; the control's receive wakes them. */
    private static final class WakingControl extends ForwardingMsmqControl {
        final Map<String, List<Waiting>> waiting = new ConcurrentHashMap<>();

        WakingControl(MsmqControl inner) {
            super(inner);
        }

        @Override
        public void removeMessage(MessageRef message) {
            String queue = waiting.keySet().stream().filter(q -> inner.messages(q).contains(message)).findFirst().orElse(null);
            super.removeMessage(message);
            if (queue != null) {
                for (Waiting w : waiting.get(queue)) {
                    if (w.fired().compareAndSet(false, true)) {
                        w.kit().arrived(w.queue());
                    }
                }
            }
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new WakingControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        WakingControl waking = (WakingControl) decoratedControl;
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean fromCursor = cursor.given() && (cursor.value() == MsmqConstants.MQMSG_CURRENT || cursor.value() == MsmqConstants.MQMSG_NEXT);
                if (event == null || !fromCursor || opened.of(queue) == null) {
                    return super.enableNotification(queue, event, cursor, timeout);
                }
                Waiting w = new Waiting(queue, event, new AtomicBoolean());
                HResult r = inner.enableNotification(queue, once(w), cursor, timeout);
                if (r.equals(HResult.of(0))) {
                    waking.waiting.computeIfAbsent(opened.of(queue).queueName(), q -> new CopyOnWriteArrayList<>()).add(w);
                }
                return r;
            }
        };
    }

    /** The reference's own event for the search, passed on only if the receive did not fire first. */
    private static MsmqEvent once(Waiting w) {
        return new MsmqEvent() {
            @Override
            public void arrived(QueueRef q) {
                if (w.fired().compareAndSet(false, true)) {
                    w.kit().arrived(q);
                }
            }

            @Override
            public void arrivedError(QueueRef q, HResult code) {
                if (w.fired().compareAndSet(false, true)) {
                    w.kit().arrivedError(q, code);
                }
            }
        };
    }
}
