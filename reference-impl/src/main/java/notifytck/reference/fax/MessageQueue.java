package notifytck.reference.fax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import notifytck.reference.common.Quiescence;

/**
 * One window's message queue and whether its thread pumps it. It never calls a procedure itself:
 * it only says when the window's thread needs a turn and hands out the next message during one.
 *
 * <p>Quiescence counts what a pumping thread will take: posted messages count only while the
 * thread pumps (a thread that stops takes its queue out of the count, one that starts again puts
 * it back), a message taken counts until its procedure returned, and a sent message counts from
 * the moment it was sent until it returned or was withdrawn.
 *
 * <p>Messages are taken in the order they arrived, sent or posted. (GetMessage would let a sent
 * message overtake posted ones; keeping one order means a pumping window has handled everything
 * posted to it before WM_ENDSESSION, so a logoff does not race the service's last messages.) Only
 * WM_DESTROY, which the window's own thread sends itself, is taken while the thread does not pump.
 */
final class MessageQueue {
    private final Quiescence quiescence;
    private final ArrayDeque<WindowMessage> messages = new ArrayDeque<>();
    /** The posted messages among {@link #messages}: what quiescence counts while the thread pumps. */
    private int posted;
    private boolean pumping = true;
    private boolean closed;
    /** A turn is queued on the window's lane and has not started: another one would find nothing. */
    private boolean turnRequested;

    MessageQueue(Quiescence quiescence) {
        this.quiescence = quiescence;
    }

    /** PostMessage. True when the window's thread needs a turn. A destroyed window's queue drops it. */
    synchronized boolean post(PostedMessage message) {
        if (closed) {
            return false;
        }
        messages.addLast(message);
        posted++;
        if (!pumping) {
            return false; // it makes nothing takeable
        }
        quiescence.begin();
        return requestTurnLocked();
    }

    /** True when the window's thread needs a turn; a closed queue withdraws the message at once. */
    boolean send(SentMessage message) {
        synchronized (this) {
            if (!closed) {
                messages.addLast(message);
                return requestTurnLocked();
            }
        }
        message.withdraw();
        return false;
    }

    /** True when the window's thread needs a turn. */
    synchronized boolean setPumping(boolean pumping) {
        if (closed || this.pumping == pumping) {
            return false;
        }
        this.pumping = pumping;
        for (int i = 0; i < posted; i++) {
            if (pumping) {
                quiescence.begin();
            } else {
                quiescence.end();
            }
        }
        return pumping && requestTurnLocked();
    }

    synchronized boolean pumping() {
        return pumping;
    }

    /** Called by a turn as it starts: posts from now on need a turn of their own. */
    synchronized void turnStarted() {
        turnRequested = false;
    }

    /** After a turn used up its share: whether another turn is needed for what is still takeable. */
    synchronized boolean requestTurn() {
        return requestTurnLocked();
    }

    /** The next message the thread takes now, or null when it takes nothing (empty, or not pumping). */
    synchronized WindowMessage take() {
        if (closed) {
            return null;
        }
        for (Iterator<WindowMessage> it = messages.iterator(); it.hasNext(); ) {
            WindowMessage m = it.next();
            if (m instanceof SentMessage s && s.withdrawn()) {
                it.remove();
            } else if (pumping || (m instanceof SentMessage s && !s.needsPumping())) {
                it.remove();
                if (m instanceof PostedMessage) {
                    posted--;
                }
                return m;
            }
        }
        return null;
    }

    /** The window is gone: what it never took is dropped, and senders stop waiting. */
    void close() {
        List<SentMessage> unsent = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (pumping) {
                for (int i = 0; i < posted; i++) {
                    quiescence.end();
                }
            }
            for (WindowMessage m : messages) {
                if (m instanceof SentMessage s) {
                    unsent.add(s);
                }
            }
            messages.clear();
            posted = 0;
        }
        unsent.forEach(SentMessage::withdraw);
    }

    private boolean requestTurnLocked() {
        if (closed || turnRequested || !hasTakeableLocked()) {
            return false;
        }
        turnRequested = true;
        return true;
    }

    private boolean hasTakeableLocked() {
        for (WindowMessage m : messages) {
            if (m instanceof SentMessage s) {
                if (!s.withdrawn() && (pumping || !s.needsPumping())) {
                    return true;
                }
            } else if (pumping) {
                return true;
            }
        }
        return false;
    }
}
