package notifytck.reference.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The serial queue of one receiver. At most one pool thread drains it at a time, which is what
 * keeps a receiver's work in the order it was offered and keeps the receiver from being entered
 * twice at once. An idle lane retires itself so that lanes do not outlive their traffic; an offer
 * that meets a retired lane is refused and the caller takes a fresh one. Because a lane retires
 * only once it has run its last unit, a fresh lane never overlaps an old one. A receiver that
 * expects steady traffic (a listener, say) may {@link #hold} its lane: a held lane stays idle
 * instead of retiring, so its sender offers to it directly instead of finding or making a lane
 * for every unit; it retires once the last hold is released and it has run its last unit.
 *
 * @param <T> one unit of work, run by the {@link Host}
 */
public final class SerialLane<T> implements Runnable {

    /** What a lane needs from the mechanism that keeps its lanes, one per receiver. */
    public interface Host<T> {
        /** Puts the lane on a pool thread, which calls its {@link SerialLane#run}. */
        void schedule(SerialLane<T> lane);

        /** Runs one unit of work, on the pool thread. */
        void run(T work);

        /**
         * Called on the pool thread once {@code units} units it ran have all returned: one report
         * per lane run, or per group of lanes run together, instead of one per unit.
         */
        default void ran(int units) {}

        /** The lane refuses offers from now on: stop handing it out under {@code key}. */
        void retired(Object key, SerialLane<T> lane);
    }

    private final Host<T> host;
    private final Object key;
    private final int batch;
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private boolean scheduled;
    private boolean retired;
    private int holds;

    /**
     * @param key   what the host files this lane under; handed back when the lane retires
     * @param batch units run before the lane yields its thread to other lanes, so that one busy
     *              receiver cannot starve the rest of a small pool
     */
    public SerialLane(Host<T> host, Object key, int batch) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be positive, was " + batch);
        }
        this.host = host;
        this.key = key;
        this.batch = batch;
    }

    /** False when the lane has retired; the caller must fetch the current lane and offer again. */
    public boolean offer(T work) {
        Offered o = offerUnscheduled(work);
        if (o == Offered.TO_SCHEDULE) {
            host.schedule(this);
        }
        return o != Offered.RETIRED;
    }

    /** What {@link #offerUnscheduled} did with a unit. */
    enum Offered {
        /** Queued behind work the lane is already scheduled for. */
        QUEUED,
        /** Queued in an idle lane, now marked scheduled: the caller must hand it to the pool. */
        TO_SCHEDULE,
        /** Not queued: the lane has retired; fetch the current one and offer again. */
        RETIRED
    }

    /**
     * As {@link #offer}, but leaves it to the caller to schedule the lane when this made it busy,
     * so that a sender offering to many lanes at once can hand them to the pool together (see
     * {@link KeyedLanes.Burst}). Until the caller does, the lane's units wait; its order is the
     * same.
     */
    Offered offerUnscheduled(T work) {
        synchronized (this) {
            if (retired) {
                return Offered.RETIRED;
            }
            queue.addLast(work);
            if (scheduled) {
                return Offered.QUEUED;
            }
            scheduled = true;
            return Offered.TO_SCHEDULE;
        }
    }

    /**
     * As {@link #offerUnscheduled(Object)} for {@code units[0]} to {@code units[count - 1]}, in
     * that order, in one turn of the monitor: all are queued, or none when the lane has retired.
     */
    Offered offerUnscheduled(T[] units, int count) {
        synchronized (this) {
            if (retired) {
                return Offered.RETIRED;
            }
            for (int i = 0; i < count; i++) {
                queue.addLast(units[i]);
            }
            if (scheduled) {
                return Offered.QUEUED;
            }
            scheduled = true;
            return Offered.TO_SCHEDULE;
        }
    }

    @Override
    public void run() {
        host.ran(runBatch());
    }

    /**
     * Runs up to a batch of units, then goes idle or puts itself back on the pool; returns how many
     * it ran, leaving the {@link Host#ran} report to the caller (who may sum several lanes').
     */
    int runBatch() {
        int ran = 0;
        while (ran < batch) {
            // Everything queued so far (up to the batch) in one turn of the monitor instead of one
            // turn per unit: the sender offering to this lane takes the same monitor for each unit.
            Object[] taken;
            synchronized (this) {
                int n = Math.min(queue.size(), batch - ran);
                if (n == 0) {
                    idle();
                    return ran;
                }
                taken = new Object[n];
                for (int i = 0; i < n; i++) {
                    taken[i] = queue.pollFirst();
                }
            }
            for (Object unit : taken) {
                @SuppressWarnings("unchecked")
                T work = (T) unit;
                host.run(work);
            }
            ran += taken.length;
        }
        synchronized (this) {
            if (queue.isEmpty()) {
                idle();
                return batch;
            }
        }
        host.schedule(this);
        return batch;
    }

    /**
     * Keeps the lane for its holders, who offer to it directly; false when it has retired (the
     * holder then finds the current lane through its host).
     */
    public synchronized boolean hold() {
        if (retired) {
            return false;
        }
        holds++;
        return true;
    }

    /** Gives a hold back; the last one lets an idle lane retire now and a busy one once it drains. */
    public synchronized void release() {
        if (holds == 0) {
            throw new IllegalStateException("release without a hold");
        }
        holds--;
        if (holds == 0 && !scheduled && !retired) {
            retire();
        }
    }

    /** Under the monitor, with nothing queued: retires unless held. */
    private void idle() {
        if (holds == 0) {
            retire();
        } else {
            scheduled = false;
        }
    }

    /** Takes everything still queued, for a pool that will not run it. */
    public synchronized List<T> abandon() {
        List<T> left = new ArrayList<>(queue);
        queue.clear();
        retire();
        return left;
    }

    /** What the host files this lane under. */
    public Object key() {
        return key;
    }

    /** Lets a host that shares its pool pick its own lanes out of what the pool never started. */
    boolean hostedBy(Host<?> candidate) {
        return host == candidate;
    }

    private void retire() {
        scheduled = false;
        retired = true;
        host.retired(key, this);
    }
}
