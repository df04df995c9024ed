package notifytck.reference.msmq;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The serial queue of one event object. At most one pool thread drains it at a time, so an
 * event object gets its events one at a time and in the order they were decided (timeouts in due
 * order). An idle lane retires itself so that lanes do not outlive their traffic; an offer that
 * meets a retired lane is refused and the caller takes a fresh one.
 */
final class EventLane implements Runnable {
    /** Events run before the lane yields its thread to other lanes. */
    private static final int BATCH = 32;

    private final EventDispatch dispatch;
    private final Object key;
    private final ArrayDeque<FiredEvent> queue = new ArrayDeque<>();
    private boolean scheduled;
    private boolean retired;

    EventLane(EventDispatch dispatch, Object key) {
        this.dispatch = dispatch;
        this.key = key;
    }

    /** False when the lane has retired; the caller must fetch the current lane and offer again. */
    boolean offer(FiredEvent event) {
        boolean schedule;
        synchronized (this) {
            if (retired) {
                return false;
            }
            queue.addLast(event);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            dispatch.schedule(this);
        }
        return true;
    }

    @Override
    public void run() {
        for (int i = 0; i < BATCH; i++) {
            FiredEvent next;
            synchronized (this) {
                next = queue.pollFirst();
                if (next == null) {
                    retire();
                    return;
                }
            }
            dispatch.run(next);
        }
        synchronized (this) {
            if (queue.isEmpty()) {
                retire();
                return;
            }
        }
        dispatch.schedule(this);
    }

    /** Takes everything still queued, for a pool that will not run it. */
    synchronized List<FiredEvent> abandon() {
        List<FiredEvent> left = new ArrayList<>(queue);
        queue.clear();
        retire();
        return left;
    }

    private void retire() {
        scheduled = false;
        retired = true;
        dispatch.forget(key, this);
    }
}
