package notifytck.reference.msmq;

import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.QueueRef;

/**
 * An opened IMSMQQueue4: the queue it refers to, IsInitialized, IsClosed, the access it was opened
 * with, and its cursor. Mutable state is guarded by the referenced queue's lock, so the call's
 * checks and its cursor movement see one consistent queue object.
 */
final class QueueObject {
    private final QueueRef ref;
    private final MessageQueue queue;
    private final boolean initialized;
    private final int access;
    private final Cursor cursor = new Cursor();
    private boolean closed;

    QueueObject(QueueRef ref, MessageQueue queue, boolean initialized, int access) {
        this.ref = ref;
        this.queue = queue;
        this.initialized = initialized;
        this.access = access;
    }

    QueueRef ref() {
        return ref;
    }

    MessageQueue queue() {
        return queue;
    }

    boolean isInitialized() {
        return initialized;
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    /**
     * refQueue.AccessType is PeekAccess or PeekAdminAccess, compared as whole values: the document
     * names those two, so receive access (which implies peeking elsewhere in MSMQ) is refused.
     */
    boolean hasPeekAccess() {
        return access == MsmqConstants.MQ_PEEK_ACCESS || access == MsmqConstants.MQ_PEEK_ADMIN_ACCESS;
    }

    Cursor cursor() {
        return cursor;
    }

    @Override
    public String toString() {
        return ref.handle() + " on " + queue.name();
    }
}
