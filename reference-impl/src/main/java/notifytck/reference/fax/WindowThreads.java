package notifytck.reference.fax;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.SerialLane;

/**
 * The threads of the client applications' windows. A window's thread is a serial lane on a small
 * fixed pool, so a window gets one message at a time and in order, a window that stops pumping
 * holds up nobody else, and a few hundred windows cost no thread of their own. The lane's unit of
 * work is a turn of the window's message loop, which takes messages only while the thread pumps.
 */
final class WindowThreads implements SerialLane.Host<Window> {
    /** Messages one turn takes before the thread yields its pool thread to other windows. */
    private static final int MESSAGES_PER_TURN = 32;

    private final ConcurrentHashMap<Window, SerialLane<Window>> lanes = new ConcurrentHashMap<>();
    private final FixedPool pool;
    private final Quiescence quiescence;
    /** The window whose procedure the current pool thread is in: a message it sends itself is a plain call. */
    private final ThreadLocal<Window> inProcedureOf = new ThreadLocal<>();
    private final AtomicLong procedureFailures = new AtomicLong();
    private volatile boolean stopped;

    WindowThreads(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
    }

    /** Gives the window's thread a turn, behind the turn it may be running now. */
    void wake(Window window) {
        if (stopped) {
            return;
        }
        while (!lanes.computeIfAbsent(window, w -> new SerialLane<>(this, w, 1)).offer(window)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
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

    @Override
    public void schedule(SerialLane<Window> lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            lane.abandon(); // turns only; the closing instance drops the queued messages themselves
        }
    }

    /** One turn of the window's message loop, on a pool thread. */
    @Override
    public void run(Window window) {
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

    @Override
    public void retired(Object key, SerialLane<Window> lane) {
        lanes.remove(key, lane);
    }

    /** Calls the procedure with no lock held; a failing procedure must not take the pool thread with it. */
    private void deliver(Window window, WindowMessage message) {
        if (message instanceof SentMessage sent && !sent.start()) {
            return; // the sender gave up on it, and it was uncounted then
        }
        Window outer = inProcedureOf.get();
        inProcedureOf.set(window);
        try {
            if (!stopped) {
                Thread.interrupted(); // a previous procedure's interrupt is not this one's
                window.procedure().onMessage(window.ref(), message.message(), message.wParam(), message.lParam());
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable procedureFailed) {
            procedureFailures.incrementAndGet();
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
        return procedureFailures.get();
    }

    int laneCount() {
        return lanes.size();
    }

    int threadsStarted() {
        return pool.threadsStarted();
    }

    boolean isWindowThread(Thread t) {
        return pool.isPoolThread(t);
    }

    /** No procedure is called from now on, and no window's thread gets another turn. */
    void stop() {
        stopped = true;
    }
}
