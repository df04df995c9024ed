package notifytck.reference.msmq;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import notifytck.spi.msmq.MsmqConstants;

/**
 * A queue with its MessagePositionList and the notifications waiting on it. One lock guards the
 * list, the cursors and IsClosed of the queue objects that refer to it, and the wait list, so a
 * message arriving and a call looking for one can never miss each other. Nothing here blocks: a
 * call that has to wait becomes an entry in the wait list (and the timer queue), and every event
 * is decided into an {@link Outbox} to be handed over after the lock is released.
 */
final class MessageQueue {
    private final String name;
    private final TimerQueue timers;
    private final ReentrantLock lock = new ReentrantLock();
    private final MessagePositionList messages = new MessagePositionList();
    private final WaitList waiting = new WaitList();
    private long nextPosition;

    MessageQueue(String name, TimerQueue timers) {
        this.name = name;
        this.timers = timers;
    }

    String name() {
        return name;
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /** Lock held: arrival numbers are what orders the MessagePositionList. */
    long nextPosition() {
        return nextPosition++;
    }

    /** Lock held. */
    MessagePositionList messages() {
        return messages;
    }

    /**
     * The asynchronous part of a call that has returned S_OK (lock held): decide it now if the
     * queue already answers it, else leave it waiting. Deciding here rather than on another
     * thread changes nothing a caller can see, since the event is handed over later in any case,
     * and keeps the outcome independent of thread scheduling.
     */
    void start(PendingNotification p, Outbox out) {
        boolean found = p.action().usesCursor()
                ? p.target().cursor().seekSuitable(messages)
                : messages.firstSuitable() != null;
        if (found) {
            out.add(FiredEvent.arrived(p));
        } else if (p.timeout().isZero()) {
            // On the cursor path this is the document's MQ_ERROR_ILLEGAL_CURSOR_ACTION case.
            out.add(FiredEvent.arrivedError(p, MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND));
        } else {
            waiting.add(p);
            if (p.isTimed()) {
                timers.schedule(p);
            }
        }
    }

    /** Another client's message goes to the end of the list (lock held). */
    Message put(Message m, Outbox out) {
        messages.append(m);
        if (m.isSuitable()) {
            arrive(waiting.takeFirstWaiters(), out);
        }
        // Wait for New Message: each cursor waiting at END moves onto the new message and the
        // search goes on from there; if it is not suitable the cursor is back at END, still waiting.
        for (QueueObject q : waiting.waitingCursors()) {
            Cursor c = q.cursor();
            if (c.isAtEnd()) {
                c.moveOnto(m);
            }
            if (c.seekSuitable(messages)) {
                arrive(waiting.takeCursorWaiters(q), out);
            }
        }
        return m;
    }

    /**
     * A message became suitable again (lock held). Only FIRST waiters look at it: a cursor
     * waiting at END has passed it and only moves forward.
     */
    void becameSuitable(Outbox out) {
        arrive(waiting.takeFirstWaiters(), out);
    }

    /** The kit moved a queue object's cursor (lock held); notifications waiting on it search from there. */
    void cursorRepositioned(QueueObject q, Outbox out) {
        if (waiting.hasCursorWaiters(q) && q.cursor().seekSuitable(messages)) {
            arrive(waiting.takeCursorWaiters(q), out);
        }
    }

    /** Its timer expired (lock held); a notification that already got its message is not touched. */
    void expire(PendingNotification p, Outbox out) {
        if (waiting.remove(p)) {
            out.add(FiredEvent.arrivedError(p, MsmqConstants.MQ_ERROR_IO_TIMEOUT));
        }
    }

    /** Lock held. */
    int waitingCount() {
        return waiting.size();
    }

    private void arrive(List<PendingNotification> ready, Outbox out) {
        for (PendingNotification p : ready) {
            timers.cancel(p);
            out.add(FiredEvent.arrived(p));
        }
    }
}
