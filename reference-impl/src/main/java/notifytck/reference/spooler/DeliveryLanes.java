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
        this.lanes = new KeyedLanes<>(pool, LANE_BATCH, this::run, quiescence::end, dropped -> quiescence.end());
    }

    /**
     * Queues behind whatever the callback already has; never runs it on the caller's thread. The
     * delivery is counted before it is queued and uncounted only after its callback returned (the
     * lanes report finished deliveries in groups), and a callback that sends counts its own
     * deliveries before it returns, so the count reaches zero only when the system is really idle.
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

    /**
     * The offers of one send to many callbacks: handed to the pool together when it closes
     * ({@link KeyedLanes.Burst}), and counted together, {@code expected} of them before the first
     * is queued, so that a send to a hundred listeners writes the shared count once, not a
     * hundred times. For the sending thread alone; close it in a finally.
     */
    FanOut fanOut(int expected) {
        return new FanOut(expected);
    }

    /** See {@link #fanOut}. */
    final class FanOut implements AutoCloseable {
        private final KeyedLanes<IdentityKey, Delivery>.Burst burst = lanes.burst();
        /** Counted up front and not queued yet; given back on close. */
        private int counted;

        private FanOut(int expected) {
            quiescence.begin(expected);
            counted = expected;
        }

        /** As {@link DeliveryLanes#enqueue(SerialLane, Delivery)}, scheduled when this closes. */
        void enqueue(SerialLane<Delivery> held, Delivery delivery) {
            if (counted > 0) {
                counted--;
            } else {
                quiescence.begin(); // more listeners than expected registered meanwhile
            }
            burst.offer(held, delivery);
        }

        @Override
        public void close() {
            try {
                burst.close();
            } finally {
                quiescence.end(counted); // listeners that did not hear this send, or left meanwhile
                counted = 0;
            }
        }
    }

    /** Uncounted by the lanes, in groups, once it returned ({@code quiescence::end} above). */
    private void run(Delivery delivery) {
        if (!lanes.stopped()) {
            callbacks.call(delivery::deliver);
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
