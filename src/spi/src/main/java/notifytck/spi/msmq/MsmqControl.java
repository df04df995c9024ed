package notifytck.spi.msmq;

import java.time.Duration;
import java.util.List;

/**
 * What the kit makes the queue manager do, or asks of it, that no EnableNotification caller can:
 * queue objects in each state the checks read, messages, locks, the cursor, and time.
 */
public interface MsmqControl {
    /** A queue object on {@code queueName} (created if new), initialized, open, with {@code access}. */
    QueueRef openQueue(String queueName, int access);

    /** A queue object on {@code queueName} whose IsInitialized is False. */
    QueueRef uninitializedQueue(String queueName);

    /** Sets IsClosed on a queue object. */
    void closeQueue(QueueRef queue);

    /** Another client sends a message to the queue; it goes to the end of its list. */
    MessageRef putMessage(String queueName, String body);

    /** The messages in the queue, head first. An observation: it changes nothing (see {@link #cursor}). */
    List<MessageRef> messages(String queueName);

    /** Another client removes a message (a receive). */
    void removeMessage(MessageRef message);

    /** A transaction locks the message, or releases its lock. */
    void setLocked(MessageRef message, boolean locked);

    /** Message.AllowPeekWhenLocked. */
    void setAllowPeekWhenLocked(MessageRef message, boolean allow);

    /**
     * Where the queue object's cursor is. An observation: it changes nothing, so the kit may ask it
     * while it waits for the implementation to go quiet.
     */
    CursorPosition cursor(QueueRef queue);

    void positionCursor(QueueRef queue, CursorPosition position);

    /**
     * {@link notifytck.spi.Control#MSMQ_VIRTUAL_CLOCK}: moves time forward; every timeout due by
     * then fires before this returns (its event may be handed over just after; see quiesce).
     */
    default void advanceClock(Duration by) {
        throw new UnsupportedOperationException("MSMQ_VIRTUAL_CLOCK not declared");
    }

    /**
     * {@link notifytck.spi.Control#MSMQ_QUIESCE}: waits until every event due has been handed to
     * its event object and the handler returned. False if {@code deadline} passed first.
     */
    default boolean quiesce(Duration deadline) {
        throw new UnsupportedOperationException("MSMQ_QUIESCE not declared");
    }
}
