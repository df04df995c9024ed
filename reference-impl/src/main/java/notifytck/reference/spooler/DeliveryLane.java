package notifytck.reference.spooler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The serial queue of one receiving callback. At most one pool thread drains it at a time, which
 * is what keeps each (channel, receiver) pair in send order and keeps a callback from being
 * entered twice at once. An idle lane retires itself so that lanes do not outlive their traffic;
 * an offer that meets a retired lane is refused and the caller takes a fresh one. Because a lane
 * retires only once it has run its last delivery, a fresh lane never overlaps an old one.
 */
final class DeliveryLane implements Runnable {
    /** Deliveries run before the lane yields its thread to other lanes. */
    private static final int BATCH = 32;

    private final DeliveryLanes lanes;
    private final Object key;
    private final ArrayDeque<Delivery> queue = new ArrayDeque<>();
    private boolean scheduled;
    private boolean retired;

    DeliveryLane(DeliveryLanes lanes, Object key) {
        this.lanes = lanes;
        this.key = key;
    }

    /** False when the lane has retired; the caller must fetch the current lane and offer again. */
    boolean offer(Delivery delivery) {
        boolean schedule;
        synchronized (this) {
            if (retired) {
                return false;
            }
            queue.addLast(delivery);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            lanes.schedule(this);
        }
        return true;
    }

    @Override
    public void run() {
        for (int i = 0; i < BATCH; i++) {
            Delivery next;
            synchronized (this) {
                next = queue.pollFirst();
                if (next == null) {
                    retire();
                    return;
                }
            }
            lanes.run(next);
        }
        synchronized (this) {
            if (queue.isEmpty()) {
                retire();
                return;
            }
        }
        lanes.schedule(this);
    }

    /** Takes everything still queued, for a pool that will not run it. */
    synchronized List<Delivery> abandon() {
        List<Delivery> left = new ArrayList<>(queue);
        queue.clear();
        retire();
        return left;
    }

    private void retire() {
        scheduled = false;
        retired = true;
        lanes.forget(key, this);
    }
}
