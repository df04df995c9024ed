package notifytck.kit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds callbacks until the scenario lets them go. A held callback gives up by itself after
 * {@link Timeouts#hold()}, so a forgotten gate can never hang the implementation's threads.
 */
public final class Gate {
    private volatile CountDownLatch latch;

    /**
     * Closes the gate. Closing a closed gate keeps its latch: a callback already waiting must be
     * let go by the next {@link #open()}, not left behind on a latch nobody will open.
     */
    public synchronized void close() {
        ScenarioContext.noteAction();
        CountDownLatch l = latch;
        if (l == null || l.getCount() == 0) {
            latch = new CountDownLatch(1);
        }
    }

    public void open() {
        ScenarioContext.noteAction();
        CountDownLatch l = latch;
        if (l != null) {
            l.countDown();
        }
    }

    public boolean isClosed() {
        CountDownLatch l = latch;
        return l != null && l.getCount() > 0;
    }

    /** Waits while the gate is closed; returns false if it gave up after {@code max}. */
    public boolean pass(Duration max) {
        CountDownLatch l = latch;
        if (l == null) {
            return true;
        }
        try {
            return l.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
