package notifytck.reference.spooler;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.SerialLane;
import notifytck.spi.spooler.NotifyCallback;

/**
 * Finds the lane of a receiving callback. Lanes are keyed by the callback object's identity, not
 * by channel or registration: one callback object serving several registrations or channels still
 * gets one event at a time, and in send order for each channel.
 */
final class DeliveryLanes implements SerialLane.Host<Delivery> {
    /** Deliveries run before a lane yields its thread to other lanes. */
    private static final int LANE_BATCH = 32;

    private final ConcurrentHashMap<Receiver, SerialLane<Delivery>> lanes = new ConcurrentHashMap<>();
    private final FixedPool pool;
    private final Quiescence quiescence;
    private final AtomicLong callbackFailures = new AtomicLong();
    private volatile boolean stopped;

    DeliveryLanes(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
    }

    /**
     * Queues behind whatever the callback already has; never runs it on the caller's thread. The
     * delivery is counted before it is queued and uncounted only after its callback returned, and a
     * callback that sends counts its own deliveries before it returns, so the count reaches zero
     * only when the system is really idle.
     */
    void enqueue(NotifyCallback receiver, Delivery delivery) {
        quiescence.begin();
        if (stopped) {
            quiescence.end();
            return;
        }
        Receiver key = new Receiver(receiver);
        while (!lanes.computeIfAbsent(key, k -> new SerialLane<>(this, k, LANE_BATCH)).offer(delivery)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    @Override
    public void schedule(SerialLane<Delivery> lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            drop(lane.abandon());
        }
    }

    /** One delivery, on a pool thread. A failing callback must not take the pool thread with it. */
    @Override
    public void run(Delivery delivery) {
        try {
            if (!stopped) {
                Thread.interrupted(); // a previous callback's interrupt is not this one's
                delivery.deliver();
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable callbackFailed) {
            callbackFailures.incrementAndGet();
        } finally {
            quiescence.end();
        }
    }

    @Override
    public void retired(Object key, SerialLane<Delivery> lane) {
        lanes.remove(key, lane);
    }

    /** Before the pool is stopped: from now on nothing more is delivered, so an interrupted callback stays the last. */
    void stop() {
        stopped = true;
    }

    /** After the pool stopped: what was waiting no longer counts as pending. */
    void dropUnstarted(List<Runnable> neverStarted) {
        for (Runnable r : neverStarted) {
            if (r instanceof SerialLane<?> lane) {
                drop(lane.abandon());
            }
        }
    }

    int laneCount() {
        return lanes.size();
    }

    long callbackFailures() {
        return callbackFailures.get();
    }

    private void drop(List<?> deliveries) {
        for (int i = 0; i < deliveries.size(); i++) {
            quiescence.end();
        }
    }

    /** Identity, not equals: two callbacks that compare equal are still two receivers. */
    private static final class Receiver {
        private final NotifyCallback callback;

        Receiver(NotifyCallback callback) {
            this.callback = callback;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Receiver r && r.callback == callback;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(callback);
        }
    }
}
