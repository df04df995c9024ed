package notifytck.variants.msmq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * A race: EnableNotification with an INFINITE timeout looks at the queue, finds it empty, and only
 * then registers its wait (without holding the queue meanwhile). A message another client puts in between wakes no one, and
 * the call never hears of it. Only a message put while a call is being made shows it, which no
 * scenario and no sequential property does.
 */
public final class ArrivalDuringTheCallLost extends MsmqDecorator implements FaultyVariant {
    /** How long the gap between the look and the wait lasts: long enough for a racing put to fall into it. */
    private static final long GAP_NANOS = 2_000_000L;

    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-018";
    }

    @Override
    public String fault() {
        return "Looks at the queue and registers its wait in two steps: a message put in between is never reported to the call.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.MsmqConcurrencyProperties");
    }

    /** One instance's messages put so far, by queue name. */
    private static final class CountingControl extends ForwardingMsmqControl {
        final Map<String, AtomicLong> puts = new ConcurrentHashMap<>();

        CountingControl(MsmqControl inner) {
            super(inner);
        }

        @Override
        public MessageRef putMessage(String queueName, String body) {
            MessageRef m = super.putMessage(queueName, body);
            puts.computeIfAbsent(queueName, q -> new AtomicLong()).incrementAndGet();
            return m;
        }

        long puts(String queueName) {
            return puts.computeIfAbsent(queueName, q -> new AtomicLong()).get();
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new CountingControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        CountingControl counting = (CountingControl) decoratedControl;
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                // The gap is in the path that waits without limit for a timeout given as INFINITE.
                if (event == null || opened.of(queue) == null || !timeout.given() || timeout.value() != notifytck.spi.msmq.MsmqConstants.INFINITE) {
                    return super.enableNotification(queue, event, cursor, timeout);
                }
                String name = opened.of(queue).queueName();
                long before = counting.puts(name);
                boolean empty = counting.messages(name).isEmpty();
                LockSupport.parkNanos(GAP_NANOS);
                if (!empty || counting.puts(name) == before) {
                    return super.enableNotification(queue, event, cursor, timeout);
                }
                // A message came into the gap: the wait registered after it never learns of it.
                AtomicBoolean lost = new AtomicBoolean();
                return super.enableNotification(queue, new ForwardingEvent(event) {
                    @Override
                    public void arrived(QueueRef q) {
                        if (lost.compareAndSet(false, true)) {
                            return;
                        }
                        super.arrived(q);
                    }
                }, cursor, timeout);
            }
        };
    }
}
