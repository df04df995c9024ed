package notifytck.reference.spooler;

import java.time.Duration;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.IdentityKey;
import notifytck.reference.common.KeyedLanes;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.ReceiverCalls;
import notifytck.reference.common.SerialLane;
import notifytck.spi.spooler.NotifyCallback;

/**
 * Finds the lane of a receiving callback. Lanes are keyed by the callback object's identity, not
 * by channel or registration: one callback object serving several registrations or channels still
 * gets one event at a time, and in send order for each channel.
 */
final class DeliveryLanes {
    /** Deliveries run before a lane yields its thread to other lanes. */
    private static final int LANE_BATCH = 32;

    private final Quiescence quiescence;
    private final ReceiverCalls callbacks = new ReceiverCalls();
    private final KeyedLanes<IdentityKey, Delivery> lanes;

    DeliveryLanes(FixedPool pool, Quiescence quiescence) {
        this.quiescence = quiescence;
        this.lanes = new KeyedLanes<>(pool, LANE_BATCH, this::run, dropped -> quiescence.end());
    }

    /**
     * Queues behind whatever the callback already has; never runs it on the caller's thread. The
     * delivery is counted before it is queued and uncounted only after its callback returned, and a
     * callback that sends counts its own deliveries before it returns, so the count reaches zero
     * only when the system is really idle.
     */
    void enqueue(NotifyCallback receiver, Delivery delivery) {
        quiescence.begin();
        lanes.offer(new IdentityKey(receiver), delivery);
    }

    /**
     * Holds the callback's lane for a listener's registration, which expects a delivery for every
     * matching send: without it the lane would retire between two sends and be looked up and made
     * again for each. Registrations are bounded, so held lanes are too.
     */
    SerialLane<Delivery> hold(NotifyCallback receiver) {
        return lanes.hold(new IdentityKey(receiver));
    }

    void release(SerialLane<Delivery> held) {
        lanes.release(held);
    }

    /** As {@link #enqueue(NotifyCallback, Delivery)}, through the lane a registration holds for its callback. */
    void enqueue(SerialLane<Delivery> held, Delivery delivery) {
        quiescence.begin();
        lanes.offer(held, delivery);
    }

    /** Offers of one send to many callbacks, handed to the pool together when it closes ({@link KeyedLanes.Burst}). */
    KeyedLanes<IdentityKey, Delivery>.Burst burst() {
        return lanes.burst();
    }

    /** As {@link #enqueue(SerialLane, Delivery)}, within a burst. */
    void enqueue(KeyedLanes<IdentityKey, Delivery>.Burst burst, SerialLane<Delivery> held, Delivery delivery) {
        quiescence.begin();
        burst.offer(held, delivery);
    }

    private void run(Delivery delivery) {
        try {
            if (!lanes.stopped()) {
                callbacks.call(delivery::deliver);
            }
        } finally {
            quiescence.end();
        }
    }

    int laneCount() {
        return lanes.laneCount();
    }

    long callbackFailures() {
        return callbacks.failures();
    }

    /** Interrupts running callbacks; what was waiting no longer counts as pending. */
    void shutdown(Duration grace) {
        lanes.shutdown(grace);
    }
}
