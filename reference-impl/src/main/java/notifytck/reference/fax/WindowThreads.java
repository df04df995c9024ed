package notifytck.reference.fax;

import java.util.List;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.KeyedLanes;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.ReceiverCalls;

/**
 * The threads of the client applications' windows. A window's thread is a serial lane on a small
 * fixed pool, so a window gets one message at a time and in order, a window that stops pumping
 * holds up nobody else, and a few hundred windows cost no thread of their own. The lane's unit of
 * work is a turn of the window's message loop, which takes messages only while the thread pumps.
 */
final class WindowThreads {
    /** Messages one turn takes before the thread yields its pool thread to other windows. */
    private static final int MESSAGES_PER_TURN = 32;

    /** A turn already takes a batch of messages; a lane running more would hold its pool thread longer. */
    private static final int TURNS_PER_RUN = 1;

    private final FixedPool pool;
    private final Quiescence quiescence;
    /** The window whose procedure the current pool thread is in: a message it sends itself is a plain call. */
    private final ThreadLocal<Window> inProcedureOf = new ThreadLocal<>();
    private final ReceiverCalls procedures = new ReceiverCalls();
    /** A window is its own key and its own unit: what a turn takes is in its message queue. */
    private final KeyedLanes<Window, Window> lanes;

    WindowThreads(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
        // Dropping a turn drops no message: the closing instance drops the queued messages themselves.
        this.lanes = new KeyedLanes<>(pool, TURNS_PER_RUN, this::turn, droppedTurn -> { });
    }

    /** Gives the window's thread a turn, behind the turn it may be running now. */
    void wake(Window window) {
        lanes.offer(window, window);
    }

    /**
     * SendMessage. From the window's own thread (its procedure sending to its own window) the
     * procedure is called directly, as Windows does, since queueing it behind the running message
     * would wait for itself.
     */
    SentMessage send(Window window, int message, long wParam, long lParam, boolean needsPumping) {
        SentMessage sent = new SentMessage(message, wParam, lParam, needsPumping, quiescence);
        if (inProcedureOf.get() == window) {
            deliver(window, sent);
        } else if (window.queue().send(sent)) {
            wake(window);
        }
        return sent;
    }

    /**
     * One turn of the window's message loop, on a pool thread. It runs on after stop, calling no
     * procedure, so that what it takes is still settled.
     */
    private void turn(Window window) {
        MessageQueue queue = window.queue();
        queue.turnStarted();
        for (int i = 0; i < MESSAGES_PER_TURN; i++) {
            WindowMessage next = queue.take();
            if (next == null) {
                return;
            }
            deliver(window, next);
        }
        if (queue.requestTurn()) {
            wake(window);
        }
    }

    /** Calls the procedure with no lock held; a failing procedure must not take the pool thread with it. */
    private void deliver(Window window, WindowMessage message) {
        if (message instanceof SentMessage sent && !sent.start()) {
            return; // the sender gave up on it, and it was uncounted then
        }
        Window outer = inProcedureOf.get();
        inProcedureOf.set(window);
        try {
            if (!lanes.stopped()) {
                procedures.call(() -> window.procedure().onMessage(window.ref(), message.message(), message.wParam(),
                        message.lParam()));
            }
        } finally {
            if (outer == null) {
                inProcedureOf.remove();
            } else {
                inProcedureOf.set(outer);
            }
            if (message instanceof SentMessage sent) {
                sent.returned();
            } else {
                quiescence.end();
            }
        }
    }

    long procedureFailures() {
        return procedures.failures();
    }

    int threadsStarted() {
        return pool.threadsStarted();
    }

    boolean isWindowThread(Thread t) {
        return pool.isPoolThread(t);
    }

    /** No procedure is called from now on, and no window's thread gets another turn. */
    void stop() {
        lanes.stop();
    }

    /** After the pool stopped: its turns are dropped, the messages are left to the windows' close. */
    void dropUnstarted(List<Runnable> neverStarted) {
        lanes.dropUnstarted(neverStarted);
    }
}
