package notifytck.reference.msmq;

import notifytck.spi.msmq.MessageRef;

/**
 * A message in one queue's MessagePositionList. Its state is guarded by its queue's lock; the
 * position is its arrival number in that queue, which is what "the message after m" means even
 * once m itself has been received.
 */
final class Message {
    private final MessageRef ref;
    private final MessageQueue queue;
    private final long position;
    private final String body;
    private boolean locked;
    private boolean allowPeekWhenLocked;
    private boolean removed;

    Message(MessageRef ref, MessageQueue queue, long position, String body) {
        this.ref = ref;
        this.queue = queue;
        this.position = position;
        this.body = body;
    }

    MessageRef ref() {
        return ref;
    }

    MessageQueue queue() {
        return queue;
    }

    long position() {
        return position;
    }

    /** The document's suitable message: not Locked, or Locked with AllowPeekWhenLocked. */
    boolean isSuitable() {
        return !removed && (!locked || allowPeekWhenLocked);
    }

    boolean isRemoved() {
        return removed;
    }

    /** True when this changed the message from unsuitable to suitable. */
    boolean setLocked(boolean value) {
        boolean was = isSuitable();
        locked = value;
        return !was && isSuitable();
    }

    /** True when this changed the message from unsuitable to suitable. */
    boolean setAllowPeekWhenLocked(boolean value) {
        boolean was = isSuitable();
        allowPeekWhenLocked = value;
        return !was && isSuitable();
    }

    void markRemoved() {
        removed = true;
    }

    @Override
    public String toString() {
        return ref.handle() + " \"" + body + "\"" + (removed ? " (received)" : locked ? (allowPeekWhenLocked ? " (locked, peekable)" : " (locked)") : "");
    }
}
