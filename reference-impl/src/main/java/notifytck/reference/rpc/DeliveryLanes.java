package notifytck.reference.rpc;

import java.time.Duration;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.KeyedLanes;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.ReceiverCalls;

/**
 * Runs notifications on the pool, never on the thread whose cancel or disconnect made them due
 * and never under a call's lock. Each method says what its notifications queue behind
 * ({@link NotificationMethod#laneKey}, compared with equals: an APC thread is a value); lanes
 * retire when idle, so a call in progress with nothing due costs no lane and no thread.
 */
final class DeliveryLanes {
    /** Notifications run before a lane yields its thread to other lanes. */
    private static final int LANE_BATCH = 32;

    private final Quiescence quiescence;
    private final ReceiverCalls targets = new ReceiverCalls();
    private final KeyedLanes<Object, Delivery> lanes;

    DeliveryLanes(FixedPool pool, Quiescence quiescence) {
        this.quiescence = quiescence;
        this.lanes = new KeyedLanes<>(pool, LANE_BATCH, this::run, this::discard);
    }

    /**
     * Counted before it is queued and uncounted only once its target returned or it was dropped,
     * so quiescence at zero means nothing due is left. Callers hold the call's lock, which keeps a
     * call's notifications in the order they happened; queuing runs no server code.
     */
    void enqueue(Delivery delivery) {
        quiescence.begin();
        lanes.offer(delivery.laneKey(), delivery);
    }

    /** True if the delivery was still pending and is now dropped (and uncounted). */
    boolean discard(Delivery delivery) {
        if (delivery.drop()) {
            quiescence.end();
            return true;
        }
        return false;
    }

    private void run(Delivery delivery) {
        if (lanes.stopped()) {
            discard(delivery);
            return;
        }
        if (!delivery.start()) {
            return; // dropped while queued; whoever dropped it uncounted it
        }
        try {
            targets.call(delivery::deliver);
        } finally {
            quiescence.end();
        }
    }

    int laneCount() {
        return lanes.laneCount();
    }

    long targetFailures() {
        return targets.failures();
    }

    /** Nothing more is delivered; what was queued no longer counts as due. */
    void shutdown(Duration grace) {
        lanes.shutdown(grace);
    }
}
