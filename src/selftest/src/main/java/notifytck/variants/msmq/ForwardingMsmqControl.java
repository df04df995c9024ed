package notifytck.variants.msmq;

import java.time.Duration;
import java.util.List;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.QueueRef;

/** Passes every control call to the reference. */
public class ForwardingMsmqControl implements MsmqControl {
    protected final MsmqControl inner;

    public ForwardingMsmqControl(MsmqControl inner) {
        this.inner = inner;
    }

    @Override
    public QueueRef openQueue(String queueName, int access) {
        return inner.openQueue(queueName, access);
    }

    @Override
    public QueueRef uninitializedQueue(String queueName) {
        return inner.uninitializedQueue(queueName);
    }

    @Override
    public void closeQueue(QueueRef queue) {
        inner.closeQueue(queue);
    }

    @Override
    public MessageRef putMessage(String queueName, String body) {
        return inner.putMessage(queueName, body);
    }

    @Override
    public List<MessageRef> messages(String queueName) {
        return inner.messages(queueName);
    }

    @Override
    public void removeMessage(MessageRef message) {
        inner.removeMessage(message);
    }

    @Override
    public void setLocked(MessageRef message, boolean locked) {
        inner.setLocked(message, locked);
    }

    @Override
    public void setAllowPeekWhenLocked(MessageRef message, boolean allow) {
        inner.setAllowPeekWhenLocked(message, allow);
    }

    @Override
    public CursorPosition cursor(QueueRef queue) {
        return inner.cursor(queue);
    }

    @Override
    public void positionCursor(QueueRef queue, CursorPosition position) {
        inner.positionCursor(queue, position);
    }

    @Override
    public void advanceClock(Duration by) {
        inner.advanceClock(by);
    }

    @Override
    public boolean quiesce(Duration deadline) {
        return inner.quiesce(deadline);
    }
}
