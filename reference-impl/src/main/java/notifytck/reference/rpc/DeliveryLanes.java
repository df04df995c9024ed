package notifytck.reference.rpc;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.SerialLane;

/**
 * Runs notifications on the pool, never on the thread whose cancel or disconnect made them due
 * and never under a call's lock. Each method says what its notifications queue behind
 * ({@link NotificationMethod#laneKey}); lanes retire when idle, so a call in progress with nothing
 * due costs no lane and no thread.
 */
final class DeliveryLanes implements SerialLane.Host<Delivery> {
    /** Notifications run before a lane yields its thread to other lanes. */
    private static final int LANE_BATCH = 32;

    private final ConcurrentHashMap<Object, SerialLane<Delivery>> lanes = new ConcurrentHashMap<>();
    private final FixedPool pool;
    private final Quiescence quiescence;
    private final AtomicLong targetFailures = new AtomicLong();
    private volatile boolean stopped;

    DeliveryLanes(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
    }

    /**
     * Counted before it is queued and uncounted only once its target returned or it was dropped,
     * so quiescence at zero means nothing due is left. Callers hold the call's lock, which keeps a
     * call's notifications in the order they happened; queuing runs no server code.
     */
    void enqueue(Delivery delivery) {
        quiescence.begin();
        if (stopped) {
            discard(delivery);
            return;
        }
        Object key = delivery.laneKey();
        while (!lanes.computeIfAbsent(key, k -> new SerialLane<>(this, k, LANE_BATCH)).offer(delivery)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    /** True if the delivery was still pending and is now dropped (and uncounted). */
    boolean discard(Delivery delivery) {
        if (delivery.drop()) {
            quiescence.end();
            return true;
        }
        return false;
    }

    @Override
    public void schedule(SerialLane<Delivery> lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            discardAll(lane.abandon());
        }
    }

    /** One notification, on a pool thread. A failing target must not take the pool thread with it. */
    @Override
    public void run(Delivery delivery) {
        if (stopped) {
            discard(delivery);
            return;
        }
        if (!delivery.start()) {
            return; // dropped while queued; whoever dropped it uncounted it
        }
        try {
            Thread.interrupted(); // a previous target's interrupt is not this one's
            delivery.deliver();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable targetFailed) {
            targetFailures.incrementAndGet();
        } finally {
            quiescence.end();
        }
    }

    @Override
    public void retired(Object key, SerialLane<Delivery> lane) {
        lanes.remove(key, lane);
    }

    int laneCount() {
        return lanes.size();
    }

    long targetFailures() {
        return targetFailures.get();
    }

    /** Nothing more is delivered; what was queued no longer counts as due. */
    void shutdown(Duration grace) {
        stopped = true;
        for (Runnable r : pool.shutdownNow()) {
            if (r instanceof SerialLane<?> lane) {
                discardAll(lane.abandon());
            }
        }
        pool.awaitTermination(grace);
    }

    private void discardAll(List<?> deliveries) {
        for (Object d : deliveries) {
            discard((Delivery) d);
        }
    }
}
