package notifytck.reference.spooler;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Sends to at least this many listeners are offered by the pool, not by the sender; see {@link #fanOut}. */
    private static final int DEFER_AT = 16;

    private final FixedPool pool;
    private final Quiescence quiescence;
    private final ReceiverCalls callbacks = new ReceiverCalls();
    private final KeyedLanes<IdentityKey, Delivery> lanes;
    /** One serial lane per channel with offers waiting, on the same pool: a channel's sends are offered in their order. */
    private final KeyedLanes<Object, FanOut> fanOuts;
    /**
     * Per channel, its deferred fan-out that waits on the channel's lane and has not started: a
     * later send joins it instead of queueing a task of its own, so that a sender faster than the
     * pool makes each listener's lane busy once for several sends, not once for each.
     */
    private final ConcurrentHashMap<Object, FanOut> waiting = new ConcurrentHashMap<>();

    DeliveryLanes(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
        this.lanes = new KeyedLanes<>(pool, LANE_BATCH, this::run, quiescence::end, dropped -> quiescence.end());
        this.fanOuts = new KeyedLanes<>(pool, LANE_BATCH, FanOut::offerDeferred, quiescence::end, FanOut::dropped);
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
     * The offers of one send to many callbacks, collected while the sender holds the channel's
     * monitor and counted together, {@code expected} of them before the first is collected, so
     * that a send to a hundred listeners writes the shared count once, not a hundred times. For
     * the sending thread alone; close it in a finally, still holding the monitor (that is what
     * keeps two sends' offers in their order).
     *
     * <p>Closing offers them: on the sender's thread when they are few, as one burst
     * ({@link KeyedLanes.Burst}); when they are many, in a task of the channel's own serial lane
     * on the pool, so that a sender to many listeners pays for deciding who hears and what each
     * queue allows, and the pool's threads for filling the queues: a send to a hundred listeners
     * spent half its time on the lanes' monitors and queues. A send whose offers are few still
     * goes through the channel's lane while an earlier send's offers wait there, so the order
     * holds.
     *
     * @param channel the key of the channel's serial lane (the channel object, compared by identity)
     */
    FanOut fanOut(Object channel, int expected) {
        return new FanOut(channel, expected);
    }

    /** See {@link #fanOut}. */
    final class FanOut implements AutoCloseable {
        private final Object channel;
        private SerialLane<Delivery>[] to;
        private Delivery[] deliveries;
        private int size;
        /** Counted up front and not collected; given back on close. */
        private int counted;
        /** Set (under this object's monitor) when the pool offers it or drops it: no send joins it from then on. */
        private boolean started;

        @SuppressWarnings("unchecked") // an array of a generic type: only this class fills and reads it
        private FanOut(Object channel, int expected) {
            this.channel = channel;
            this.to = new SerialLane[Math.max(1, expected)];
            this.deliveries = new Delivery[to.length];
            quiescence.begin(expected);
            counted = expected;
        }

        /** As {@link DeliveryLanes#enqueue(SerialLane, Delivery)}, offered when this closes. */
        void enqueue(SerialLane<Delivery> held, Delivery delivery) {
            if (counted > 0) {
                counted--;
            } else {
                quiescence.begin(); // more listeners than expected registered meanwhile
            }
            if (size == to.length) {
                to = Arrays.copyOf(to, size * 2);
                deliveries = Arrays.copyOf(deliveries, size * 2);
            }
            to[size] = held;
            deliveries[size] = delivery;
            size++;
        }

        @Override
        public void close() {
            try {
                if (size >= DEFER_AT || fanOuts.busy(channel)) {
                    FanOut before = waiting.get(channel);
                    if (before == null || !before.join(this)) {
                        quiescence.begin(); // the task itself, uncounted by the channel's lane once it ran
                        waiting.put(channel, this);
                        fanOuts.offer(channel, this);
                    }
                } else {
                    offerAll();
                }
            } finally {
                quiescence.end(counted); // listeners that did not hear this send, or left meanwhile
                counted = 0;
            }
        }

        /**
         * Appends {@code later}'s offers after this one's, if the pool has not started it: the
         * channel's sends keep their order (its sends hold the channel's monitor, so they join one
         * at a time), and each listener's lane gets its units in that order.
         */
        private synchronized boolean join(FanOut later) {
            if (started) {
                return false;
            }
            if (size + later.size > to.length) {
                int grown = Math.max(size + later.size, to.length * 2);
                to = Arrays.copyOf(to, grown);
                deliveries = Arrays.copyOf(deliveries, grown);
            }
            System.arraycopy(later.to, 0, to, size, later.size);
            System.arraycopy(later.deliveries, 0, deliveries, size, later.size);
            size += later.size;
            return true;
        }

        /** On the channel's lane: no send joins it any more, and then its offers (and those that joined it) go out. */
        private void offerDeferred() {
            synchronized (this) {
                started = true;
            }
            waiting.remove(channel, this);
            offerAll();
        }

        private void offerAll() {
            try (var burst = lanes.burst(size)) {
                for (int i = 0; i < size; i++) {
                    burst.offer(to[i], deliveries[i]);
                }
            }
        }

        /** A task the pool never ran: its deliveries and itself no longer count. */
        private void dropped() {
            int offers;
            synchronized (this) {
                started = true;
                offers = size;
            }
            waiting.remove(channel, this);
            quiescence.end(offers + 1);
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
        fanOuts.stop();
        lanes.stop();
        List<Runnable> neverStarted = pool.shutdownNow();
        fanOuts.dropUnstarted(neverStarted);
        lanes.dropUnstarted(neverStarted);
        pool.awaitTermination(grace);
    }
}
