package notifytck.variants.msmq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.QueueRef;

/**
 * When another client receives the last message of a queue, every cursor of that queue standing on
 * a message's place moves to END, as "Cursor Behavior when Reaching the End of the Queue" has
 * Message Queuing do. The reference keeps the place (cursors point to message locations). An
 * independent implementation chose END (docs/msmq-readings.md).
 */
public final class CursorEndsWhenTheQueueEmpties extends MsmqDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "A cursor left on the place of the last message another client received is at END.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-MSMQ-ENABLE-013");
    }

    /**
     * Moves the cursors of a queue the removal emptied. It keeps its own list of queue objects, by
     * queue: the decorator's record of openings leaves out the uninitialized ones, whose cursors the
     * kit places too.
     */
    private static final class EndingControl extends ForwardingMsmqControl {
        final Map<QueueRef, String> queues = new ConcurrentHashMap<>();

        EndingControl(MsmqControl inner) {
            super(inner);
        }

        @Override
        public QueueRef openQueue(String queueName, int access) {
            return remember(super.openQueue(queueName, access), queueName);
        }

        @Override
        public QueueRef uninitializedQueue(String queueName) {
            return remember(super.uninitializedQueue(queueName), queueName);
        }

        private QueueRef remember(QueueRef q, String queueName) {
            queues.put(q, queueName);
            return q;
        }

        @Override
        public void removeMessage(MessageRef message) {
            super.removeMessage(message);
            queues.forEach((q, name) -> {
                if (inner.messages(name).isEmpty() && inner.cursor(q).kind() == CursorPosition.Kind.AT) {
                    inner.positionCursor(q, CursorPosition.END);
                }
            });
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new EndingControl(inner);
    }
}
