package notifytck.variants.msmq;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * A cursor at END stands where the queue ended: a message that arrives later lies after it, so the
 * next MQMSG_CURRENT or MQMSG_NEXT call from there looks at the first such message (the reference
 * keeps END past it). The document does not say; docs/msmq-readings.md leaves it unchecked.
 * Whether the cursor got to END before a message came is learnt whenever the kit asks for
 * quiescence, which the sequential runs do after every action.
 */
public final class EndStandsWhereTheQueueEnded extends MsmqDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "A cursor at END stands where the queue ended: the next MQMSG_CURRENT or MQMSG_NEXT call looks at the first message that came after.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-MSMQ-ENABLE-011", "REQ-MSMQ-ENABLE-012");
    }

    /** One instance's record, per queue object at END, of the messages its queue had when the cursor was seen there. */
    private static final class EndControl extends ForwardingMsmqControl {
        final Map<QueueRef, Set<String>> seenAtEnd = new ConcurrentHashMap<>();
        final Map<QueueRef, String> queues = new ConcurrentHashMap<>();

        EndControl(MsmqControl inner) {
            super(inner);
        }

        @Override
        public QueueRef openQueue(String queueName, int access) {
            QueueRef q = super.openQueue(queueName, access);
            queues.put(q, queueName);
            return q;
        }

        @Override
        public void positionCursor(QueueRef queue, CursorPosition position) {
            super.positionCursor(queue, position);
            // Put at END by the kit: past every message the queue has now.
            if (position.kind() == CursorPosition.Kind.END && queues.containsKey(queue)) {
                seenAtEnd.put(queue, handles(inner.messages(queues.get(queue))));
            } else {
                seenAtEnd.remove(queue);
            }
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new EndControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        Map<QueueRef, Set<String>> seenAtEnd = ((EndControl) decoratedControl).seenAtEnd;
        return new ForwardingMsmq(inner, control) {
            @Override
            void flush() {
                opened.all().forEach((q, o) -> {
                    if (control.cursor(q).kind() == CursorPosition.Kind.END) {
                        seenAtEnd.computeIfAbsent(q, k -> handles(control.messages(o.queueName())));
                    } else {
                        seenAtEnd.remove(q);
                    }
                });
            }

            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean fromCursor = cursor.given() && (cursor.value() == MsmqConstants.MQMSG_CURRENT || cursor.value() == MsmqConstants.MQMSG_NEXT);
                Set<String> seen = seenAtEnd.get(queue);
                if (event != null && fromCursor && seen != null && opened.of(queue) != null && control.cursor(queue).kind() == CursorPosition.Kind.END) {
                    MessageRef newcomer = control.messages(opened.of(queue).queueName()).stream()
                            .filter(m -> !seen.contains(m.handle())).findFirst().orElse(null);
                    if (newcomer != null) {
                        // Stand before the newcomer: look from it, as MQMSG_CURRENT would from a cursor on it.
                        seenAtEnd.remove(queue);
                        control.positionCursor(queue, CursorPosition.at(newcomer));
                        HResult r = super.enableNotification(queue, event, OptionalInt32.of(MsmqConstants.MQMSG_CURRENT), timeout);
                        if (r.failed()) {
                            // A refused call moves no cursor: back to END, which still stands where the queue ended.
                            control.positionCursor(queue, CursorPosition.END);
                            seenAtEnd.put(queue, seen);
                        }
                        return r;
                    }
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }

    private static Set<String> handles(List<MessageRef> messages) {
        return messages.stream().map(MessageRef::handle).collect(Collectors.toSet());
    }
}
