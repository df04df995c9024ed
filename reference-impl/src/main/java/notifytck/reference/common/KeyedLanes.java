package notifytck.reference.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

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
    private final Consumer<T> drop;
    private volatile boolean stopped;

    /**
     * @param batch units a lane runs before it yields its pool thread to other lanes
     * @param run   runs one unit on a pool thread; it must not throw, since a lane whose unit threw
     *              is never scheduled again
     * @param drop  takes a unit that will never run
     */
    public KeyedLanes(FixedPool pool, int batch, Consumer<T> run, Consumer<T> drop) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be positive, was " + batch);
        }
        this.pool = pool;
        this.batch = batch;
        this.run = run;
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
    public void retired(Object key, SerialLane<T> lane) {
        lanes.remove(key, lane);
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
