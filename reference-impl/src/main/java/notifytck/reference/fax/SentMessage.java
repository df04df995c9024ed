package notifytck.reference.fax;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.common.Quiescence;

/**
 * A message delivered with SendMessageTimeout: the sender waits for the procedure to return, but
 * only until its deadline, so a window whose thread hangs cannot hang the sender. A message that
 * had not started by then is withdrawn, so it can never run after the sender stopped caring.
 */
final class SentMessage implements WindowMessage {
    private static final int PENDING = 0;
    private static final int RUNNING = 1;
    private static final int RETURNED = 2;
    private static final int WITHDRAWN = 3;

    private final int message;
    private final long wParam;
    private final long lParam;
    private final boolean needsPumping;
    private final Quiescence quiescence;
    private final AtomicInteger state = new AtomicInteger(PENDING);
    private final CountDownLatch settled = new CountDownLatch(1);

    /**
     * Counted as outstanding from here until it returned or was withdrawn.
     *
     * @param needsPumping false only for a message the window's own thread sends itself (DestroyWindow),
     *                     which reaches the procedure whether or not that thread pumps
     */
    SentMessage(int message, long wParam, long lParam, boolean needsPumping, Quiescence quiescence) {
        this.message = message;
        this.wParam = wParam;
        this.lParam = lParam;
        this.needsPumping = needsPumping;
        this.quiescence = quiescence;
        quiescence.begin();
    }

    @Override
    public int message() {
        return message;
    }

    @Override
    public long wParam() {
        return wParam;
    }

    @Override
    public long lParam() {
        return lParam;
    }

    boolean needsPumping() {
        return needsPumping;
    }

    boolean withdrawn() {
        return state.get() == WITHDRAWN;
    }

    /** False when the sender already gave up: the procedure must not see it. */
    boolean start() {
        return state.compareAndSet(PENDING, RUNNING);
    }

    void returned() {
        if (state.compareAndSet(RUNNING, RETURNED)) {
            settle();
        }
    }

    /** False when the procedure already has it. */
    boolean withdraw() {
        if (state.compareAndSet(PENDING, WITHDRAWN)) {
            settle();
            return true;
        }
        return false;
    }

    /**
     * Waits until the procedure returned or {@code deadlineNanos} (System.nanoTime) passed; a message
     * still queued then is withdrawn. True only if the procedure returned.
     */
    boolean awaitReturn(long deadlineNanos) {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                settled.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        withdraw();
        return state.get() == RETURNED;
    }

    private void settle() {
        settled.countDown();
        quiescence.end();
    }
}
