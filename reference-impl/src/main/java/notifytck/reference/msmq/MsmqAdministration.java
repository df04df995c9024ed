package notifytck.reference.msmq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import notifytck.reference.common.Quiescence;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.QueueRef;

/**
 * What the kit may do to the reference queue manager that no EnableNotification caller can. A
 * bad argument here is a bug in the kit, so it throws, naming what was wrong. Every change that
 * can make a waiting notification's message available decides those events before it returns.
 */
final class MsmqAdministration implements MsmqControl {
    private final QueueManager manager;
    private final EventDispatch dispatch;
    private final Quiescence quiescence;
    private final Expiry expiry;
    /** Null when the instance runs on the system clock. */
    private final VirtualClock virtualClock;

    MsmqAdministration(QueueManager manager, EventDispatch dispatch, Quiescence quiescence, Expiry expiry,
            VirtualClock virtualClock) {
        this.manager = manager;
        this.dispatch = dispatch;
        this.quiescence = quiescence;
        this.expiry = expiry;
        this.virtualClock = virtualClock;
    }

    @Override
    public QueueRef openQueue(String queueName, int access) {
        return manager.open(queueName, true, access).ref();
    }

    @Override
    public QueueRef uninitializedQueue(String queueName) {
        return manager.open(queueName, false, 0).ref();
    }

    /** Pending notifications of the queue object are left alone: the document does not cancel them. */
    @Override
    public void closeQueue(QueueRef queue) {
        QueueObject o = manager.require(queue);
        MessageQueue q = o.queue();
        q.lock();
        try {
            o.close();
        } finally {
            q.unlock();
        }
    }

    @Override
    public MessageRef putMessage(String queueName, String body) {
        MessageQueue q = manager.queue(queueName);
        Outbox out = new Outbox(dispatch);
        Message m;
        q.lock();
        try {
            m = q.put(manager.newMessage(q, body), out);
        } finally {
            q.unlock();
        }
        out.handOver();
        return m.ref();
    }

    /** A queue nobody has opened or sent to yet is an empty queue, as the kit's "is empty" expects. */
    @Override
    public List<MessageRef> messages(String queueName) {
        MessageQueue q = manager.existingQueue(queueName);
        if (q == null) {
            return List.of();
        }
        q.lock();
        try {
            List<MessageRef> refs = new ArrayList<>();
            for (Message m : q.messages().inOrder()) {
                refs.add(m.ref());
            }
            return List.copyOf(refs);
        } finally {
            q.unlock();
        }
    }

    /** A cursor on the received message stays there; its next step goes to the message that followed. */
    @Override
    public void removeMessage(MessageRef message) {
        Message m = manager.requireMessage(message);
        MessageQueue q = m.queue();
        q.lock();
        try {
            if (m.isRemoved()) {
                throw new IllegalArgumentException("message " + message.handle() + " was already received");
            }
            q.messages().remove(m);
            m.markRemoved();
            manager.forget(m);
        } finally {
            q.unlock();
        }
    }

    @Override
    public void setLocked(MessageRef message, boolean locked) {
        changeMessage(message, m -> m.setLocked(locked));
    }

    @Override
    public void setAllowPeekWhenLocked(MessageRef message, boolean allow) {
        changeMessage(message, m -> m.setAllowPeekWhenLocked(allow));
    }

    @Override
    public CursorPosition cursor(QueueRef queue) {
        QueueObject o = manager.require(queue);
        MessageQueue q = o.queue();
        q.lock();
        try {
            return o.cursor().position();
        } finally {
            q.unlock();
        }
    }

    @Override
    public void positionCursor(QueueRef queue, CursorPosition position) {
        QueueObject o = manager.require(queue);
        if (position == null) {
            throw new IllegalArgumentException("cursor position is null");
        }
        Message at = position.kind() == CursorPosition.Kind.AT ? manager.requireMessage(position.message()) : null;
        MessageQueue q = o.queue();
        if (at != null && at.queue() != q) {
            throw new IllegalArgumentException("message " + at.ref().handle() + " is in queue \"" + at.queue().name()
                    + "\", not in \"" + q.name() + "\" that " + queue.handle() + " refers to");
        }
        Outbox out = new Outbox(dispatch);
        q.lock();
        try {
            if (at != null && at.isRemoved()) {
                throw new IllegalArgumentException("message " + at.ref().handle() + " was already received");
            }
            o.cursor().set(position.kind(), at);
            q.cursorRepositioned(o, out);
        } finally {
            q.unlock();
        }
        out.handOver();
    }

    @Override
    public void advanceClock(Duration by) {
        if (virtualClock == null) {
            throw new UnsupportedOperationException("MSMQ_VIRTUAL_CLOCK not declared: this instance runs on the system clock");
        }
        if (by == null || by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: advanceClock(" + by + ")");
        }
        long nanos;
        try {
            nanos = by.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        expiry.advance(virtualClock, nanos);
    }

    /**
     * On the system clock a timeout that is due may not have been reached by the timer thread
     * yet; it is fired here first so that "every event due" includes it.
     */
    @Override
    public boolean quiesce(Duration deadline) {
        if (virtualClock == null) {
            expiry.expireDue();
        }
        return quiescence.await(deadline);
    }

    private interface Change {
        /** True when the message became suitable. */
        boolean apply(Message m);
    }

    private void changeMessage(MessageRef message, Change change) {
        Message m = manager.requireMessage(message);
        MessageQueue q = m.queue();
        Outbox out = new Outbox(dispatch);
        q.lock();
        try {
            if (m.isRemoved()) {
                throw new IllegalArgumentException("message " + message.handle() + " was already received");
            }
            if (change.apply(m)) {
                q.becameSuitable(out);
            }
        } finally {
            q.unlock();
        }
        out.handOver();
    }
}
