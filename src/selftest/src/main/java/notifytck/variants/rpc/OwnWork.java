package notifytck.variants.rpc;

import java.time.Duration;

/** Work a fault runs on threads of its own (queued or running), counted so that the decorated reference's quiesce can wait for it. */
final class OwnWork {
    private int running;

    synchronized void started() {
        running++;
    }

    synchronized void ended() {
        running--;
        notifyAll();
    }

    /** True once none runs; false if {@code deadline} passed first. */
    synchronized boolean awaitNone(Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (running > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
