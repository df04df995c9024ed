package notifytck.reference.spooler;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Set;
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
    /** Compares lanes by identity: 0 for the same lane. */
    private static final Comparator<Object> IDENTITY = (a, b) -> a == b ? 0 : 1;

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
     * holds. With one delivery thread, a send to more listeners than a burst hands over at once
     * ({@link KeyedLanes#CHUNK}) is offered by the sender as it collects them, a chunk of lanes at a
     * time: deferred, the pool's one thread offered every unit before it could deliver the first;
     * collected first, the sender decided who hears while the pool's thread sat idle. A send to ten
     * thousand listeners took about twice as long either way.
     *
     * @param channel the key of the channel's serial lane, compared by identity: one object per channel, never locked
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

        // The rest under this object's monitor; they matter only for the fan-out that waits on the channel's lane.
        /** Set when the pool offers it or drops it: no send joins it from then on. */
        private boolean started;
        /**
         * The sends that joined it, in their order, chained and not copied: about ten sends joined
         * each fan-out while a sender was faster than the pool, and copying their offers cost more
         * than offering them.
         */
        private FanOut nextJoined;
        private FanOut lastJoined = this;
        /**
         * Every send that joined it offered to the same lanes in the same order as it did, and it
         * offered to no lane twice, so the offers can go out a lane at a time (see {@link #offerAll}).
         */
        private boolean uniform = true;

        @SuppressWarnings("unchecked") // an array of a generic type: only this class fills and reads it
        private FanOut(Object channel, int expected) {
            this.channel = channel;
            quiescence.begin(expected);
            counted = expected;
            // One delivery thread and a send wider than a chunk: the sender offers as it goes (see
            // fanOut), unless an earlier send of the channel still waits on its lane, which keeps the order.
            if (pool.size() == 1 && expected >= KeyedLanes.CHUNK && !fanOuts.busy(channel)) {
                direct = lanes.burst(KeyedLanes.CHUNK);
                this.to = null;
                this.deliveries = null;
            } else {
                direct = null;
                this.to = new SerialLane[Math.max(1, expected)];
                this.deliveries = new Delivery[to.length];
            }
        }

        /**
         * Set when the sender offers each delivery as it collects it: the pool's one thread then
         * delivers the first listeners' while the sender is still deciding who else hears. Collected
         * first and offered at the close, a send to ten thousand listeners kept the two threads
         * taking turns.
         */
        private final KeyedLanes<IdentityKey, Delivery>.Burst direct;

        /** As {@link DeliveryLanes#enqueue(SerialLane, Delivery)}, offered when this closes (at once when {@link #direct}). */
        void enqueue(SerialLane<Delivery> held, Delivery delivery) {
            if (counted > 0) {
                counted--;
            } else {
                quiescence.begin(); // more listeners than expected registered meanwhile
            }
            if (direct != null) {
                direct.offer(held, delivery);
                return;
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
                if (direct != null) {
                    direct.close();
                } else if (size >= DEFER_AT && (pool.size() > 1 || size < KeyedLanes.CHUNK) || fanOuts.busy(channel)) {
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
         * Puts {@code later}'s offers after this one's (and after those of the sends that joined
         * before it), if the pool has not started it: the channel's sends keep their order (its
         * sends hold the channel's monitor, so they join one at a time), and each listener's lane
         * gets its units in that order.
         */
        private synchronized boolean join(FanOut later) {
            if (started) {
                return false;
            }
            uniform = uniform && later.size == size && Arrays.equals(later.to, 0, size, to, 0, size, IDENTITY)
                    && (nextJoined != null || noLaneTwice());
            lastJoined.nextJoined = later;
            lastJoined = later;
            return true;
        }

        /** Whether this send offered to each lane at most once (two registrations may share a callback, and so a lane). */
        private boolean noLaneTwice() {
            Set<SerialLane<Delivery>> seen = Collections.newSetFromMap(new IdentityHashMap<>(size * 2));
            for (int i = 0; i < size; i++) {
                if (!seen.add(to[i])) {
                    return false;
                }
            }
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

        /**
         * When sends joined this one and offer to the same lanes, the offers go out a lane at a
         * time, each lane's units in send order in one turn of its monitor: offered one unit at a
         * time, ten joined sends took the monitor of each listener's lane ten times. Otherwise one
         * unit at a time, send after send.
         */
        private void offerAll() {
            boolean byLane;
            int offers;
            int sends;
            synchronized (this) {
                byLane = uniform && nextJoined != null;
                offers = offers();
                sends = sends();
            }
            if (byLane) {
                Delivery[] sameLane = new Delivery[sends];
                try (var burst = lanes.burst(size)) {
                    for (int i = 0; i < size; i++) {
                        int k = 0;
                        for (FanOut send = this; send != null; send = send.nextJoined) {
                            sameLane[k++] = send.deliveries[i];
                        }
                        burst.offerEvery(to[i], sameLane, k);
                    }
                }
                return;
            }
            try (var burst = lanes.burst(offers)) {
                for (FanOut send = this; send != null; send = send.nextJoined) {
                    for (int i = 0; i < send.size; i++) {
                        burst.offer(send.to[i], send.deliveries[i]);
                    }
                }
            }
        }

        /** Under this object's monitor: this send and those that joined it. */
        private int sends() {
            int n = 0;
            for (FanOut send = this; send != null; send = send.nextJoined) {
                n++;
            }
            return n;
        }

        /** Under this object's monitor: the offers of this send and of those that joined it. */
        private int offers() {
            int n = 0;
            for (FanOut send = this; send != null; send = send.nextJoined) {
                n += send.size;
            }
            return n;
        }

        /** A task the pool never ran: its deliveries and itself no longer count. */
        private void dropped() {
            int offers;
            synchronized (this) {
                started = true;
                offers = offers();
            }
            waiting.remove(channel, this);
            quiescence.end(offers + 1);
        }
    }
    /** Uncounted by the lanes, in groups, once it returned ({@code quiescence::end} above). */
    private void run(Delivery delivery) {
        if (!lanes.stopped()) {
            callbacks.call(Delivery::deliver, delivery);
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
