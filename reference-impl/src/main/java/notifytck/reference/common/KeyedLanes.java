package notifytck.reference.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A mechanism's {@link SerialLane lanes}, one per receiver with traffic, on its {@link FixedPool}.
 * What a unit of work is, and what it means for one never to run, stay the mechanism's: it is the
 * mechanism that counts units for {@link Quiescence}, so a unit dropped here (offered after stop,
 * refused by a stopped pool, or left queued when it stopped) goes back to it to be uncounted.
 *
 * @param <K> what a lane is filed under, compared with equals (an {@link IdentityKey} for
 *            receivers that must stay apart however they compare)
 * @param <T> one unit of work
 */
public final class KeyedLanes<K, T> implements SerialLane.Host<T> {
    private final ConcurrentHashMap<K, SerialLane<T>> lanes = new ConcurrentHashMap<>();
    private final FixedPool pool;
    private final int batch;
    private final Consumer<T> run;
    private final IntConsumer ran;
    private final Consumer<T> drop;
    private volatile boolean stopped;

    /**
     * @param batch units a lane runs before it yields its pool thread to other lanes
     * @param run   runs one unit on a pool thread; it must not throw, since a lane whose unit threw
     *              is never scheduled again
     * @param drop  takes a unit that will never run
     */
    public KeyedLanes(FixedPool pool, int batch, Consumer<T> run, Consumer<T> drop) {
        this(pool, batch, run, units -> { }, drop);
    }

    /**
     * As {@link #KeyedLanes(FixedPool, int, Consumer, Consumer)}, and {@code ran} hears, on the pool
     * thread, how many units have returned from {@code run}: once per lane run, or once per group
     * of lanes a burst handed over, so that a mechanism can uncount finished units in one write.
     */
    public KeyedLanes(FixedPool pool, int batch, Consumer<T> run, IntConsumer ran, Consumer<T> drop) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be positive, was " + batch);
        }
        this.pool = pool;
        this.batch = batch;
        this.run = run;
        this.ran = ran;
        this.drop = drop;
    }

    /** Queues behind whatever the key's lane already has; never runs it on the caller's thread. */
    public void offer(K key, T unit) {
        if (stopped) {
            drop.accept(unit);
            return;
        }
        while (!lanes.computeIfAbsent(key, k -> new SerialLane<>(this, k, batch)).offer(unit)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    /**
     * The key's lane, held for the caller until {@link #release}: it stays put while idle, so
     * {@link #offer(SerialLane, Object)} skips the lookup. For receivers with steady
     * traffic; each hold is one more lane that may sit idle, so holders must be bounded too.
     */
    public SerialLane<T> hold(K key) {
        while (true) {
            SerialLane<T> lane = lanes.computeIfAbsent(key, k -> new SerialLane<>(this, k, batch));
            if (lane.hold()) {
                return lane;
            }
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    /** Gives back a hold taken by {@link #hold}. */
    public void release(SerialLane<T> held) {
        held.release();
    }

    /**
     * As {@link #offer(Object, Object)}, through a lane the caller holds. A held lane retires
     * only when the pool drops it, and then this looks its key up as usual.
     */
    public void offer(SerialLane<T> held, T unit) {
        if (stopped) {
            drop.accept(unit);
            return;
        }
        if (!held.offer(unit)) {
            @SuppressWarnings("unchecked") // this host files every lane it makes under a K
            K key = (K) held.key();
            offer(key, unit);
        }
    }

    /** A burst of offers from one sender to about {@code lanes} lanes; see {@link Burst}. */
    public Burst burst(int lanes) {
        return new Burst(lanes);
    }

    /**
     * One sender's offers to many lanes at once (a notification fanned out to every listener).
     * Offered one by one, each lane the sender makes busy is one hand-off to the pool, and, while
     * the pool's threads keep up, one wake-up of a pool thread: a listener's lane empties between
     * two sends, so every delivery of every send paid for it. A burst keeps the lanes it makes busy
     * and hands them to the pool together: {@link #CHUNK} at a time while it lasts, and the rest when
     * it closes, in as many tasks as the pool has threads.
     * Each lane still runs alone and in the order of its offers; until its chunk is handed over or
     * the burst closes, its units wait. For one thread; close it in a finally, or the lanes it made
     * busy last never run.
     */
    public final class Burst implements AutoCloseable {
        /** Sized for a chunk at once: grown a step at a time, it cost a send to a hundred listeners a fifth of its time. */
        private final List<SerialLane<T>> madeBusy;

        private Burst(int lanes) {
            madeBusy = new ArrayList<>(Math.min(lanes, CHUNK)); // never holds more than a chunk
        }

        /** As {@link KeyedLanes#offer(SerialLane, Object)}, with the scheduling left to {@link #close}. */
        public void offer(SerialLane<T> held, T unit) {
            if (stopped) {
                drop.accept(unit);
                return;
            }
            switch (held.offerUnscheduled(unit)) {
                case TO_SCHEDULE -> madeBusy(held);
                case QUEUED -> {
                    // The lane is already on its way to a pool thread, which will find this unit too.
                }
                case RETIRED -> {
                    @SuppressWarnings("unchecked") // this host files every lane it makes under a K
                    K key = (K) held.key();
                    KeyedLanes.this.offer(key, unit);
                }
            }
        }

        /** As {@link #offer} for {@code units[0]} to {@code units[count - 1]}, in that order, to one lane, in one turn of its monitor. */
        public void offerEvery(SerialLane<T> held, T[] units, int count) {
            if (stopped) {
                for (int i = 0; i < count; i++) {
                    drop.accept(units[i]);
                }
                return;
            }
            switch (held.offerUnscheduled(units, count)) {
                case TO_SCHEDULE -> madeBusy(held);
                case QUEUED -> {
                    // As in offer.
                }
                case RETIRED -> {
                    @SuppressWarnings("unchecked") // this host files every lane it makes under a K
                    K key = (K) held.key();
                    for (int i = 0; i < count; i++) {
                        KeyedLanes.this.offer(key, units[i]);
                    }
                }
            }
        }

        private void madeBusy(SerialLane<T> lane) {
            madeBusy.add(lane);
            if (madeBusy.size() == CHUNK) {
                handOver(new Group<>(KeyedLanes.this, new ArrayList<>(madeBusy)));
                madeBusy.clear();
            }
        }

        @Override
        public void close() {
            if (madeBusy.size() == 1) {
                schedule(madeBusy.get(0));
            } else if (!madeBusy.isEmpty()) {
                int tasks = Math.min(pool.size(), madeBusy.size());
                for (int i = 0; i < tasks; i++) {
                    handOver(new Group<>(KeyedLanes.this,
                            new ArrayList<>(madeBusy.subList(i * madeBusy.size() / tasks, (i + 1) * madeBusy.size() / tasks))));
                }
            }
            madeBusy.clear();
        }

        private void handOver(Group<T> group) {
            try {
                pool.execute(group);
            } catch (RejectedExecutionException shutDown) {
                group.lanes.forEach(lane -> dropAll(lane.abandon()));
            }
        }
    }

    /**
     * Lanes a burst makes busy before it hands them to the pool without waiting for its close: a
     * send to ten thousand listeners otherwise let the pool deliver nothing until its last offer,
     * and a sender and a pool thread took turns instead of working side by side.
     */
    public static final int CHUNK = 256;

    /** Lanes a burst made busy, run one after another by one pool thread. */
    private static final class Group<T> implements Runnable {
        final KeyedLanes<?, T> host;
        final List<SerialLane<T>> lanes;

        Group(KeyedLanes<?, T> host, List<SerialLane<T>> lanes) {
            this.host = host;
            this.lanes = lanes;
        }

        @Override
        public void run() {
            int units = 0;
            for (SerialLane<T> lane : lanes) {
                units += lane.runBatch();
            }
            host.ran(units);
        }
    }

    @Override
    public void schedule(SerialLane<T> lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            dropAll(lane.abandon());
        }
    }

    @Override
    public void run(T unit) {
        run.accept(unit);
    }

    @Override
    public void ran(int units) {
        ran.accept(units);
    }

    @Override
    public void retired(Object key, SerialLane<T> lane) {
        lanes.remove(key, lane);
    }

    /**
     * Whether the key's lane has units queued or running (or is held). False means every unit
     * offered under the key before this call has run; true may be a lane retiring right now.
     */
    public boolean busy(K key) {
        return lanes.containsKey(key);
    }

    /** Lanes with units queued or running, and held ones; idle unheld lanes retire, so without holds this falls back to zero. */
    public int laneCount() {
        return lanes.size();
    }

    /** Read by the units as they run, so that none reaches a receiver once its mechanism closes. */
    public boolean stopped() {
        return stopped;
    }

    /**
     * Before the pool is stopped: what is offered from now on is dropped, and a receiver
     * interrupted by the pool's shutdown stays the last one called.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * After the pool stopped: drops what this host's lanes still held. Other hosts' lanes in
     * {@code neverStarted} are left to them, since a pool may carry the lanes of several.
     */
    public void dropUnstarted(List<Runnable> neverStarted) {
        for (Runnable r : neverStarted) {
            if (r instanceof SerialLane<?> lane && lane.hostedBy(this)) {
                @SuppressWarnings("unchecked") // this host makes only SerialLane<T>
                SerialLane<T> mine = (SerialLane<T>) lane;
                dropAll(mine.abandon());
            } else if (r instanceof Group<?> group && group.host == this) {
                @SuppressWarnings("unchecked") // this host groups only its own lanes
                Group<T> mine = (Group<T>) group;
                mine.lanes.forEach(lane -> dropAll(lane.abandon()));
            }
        }
    }

    /**
     * For a host alone on its pool: stops, interrupts running units, drops the rest, and waits for
     * the threads no longer than {@code grace}, since a receiver may ignore the interrupt.
     */
    public void shutdown(Duration grace) {
        stop();
        dropUnstarted(pool.shutdownNow());
        pool.awaitTermination(grace);
    }

    private void dropAll(List<T> units) {
        units.forEach(drop);
    }
}
