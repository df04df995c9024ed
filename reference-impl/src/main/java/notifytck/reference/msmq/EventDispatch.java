package notifytck.reference.msmq;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.SerialLane;
import notifytck.spi.msmq.MsmqEvent;

/**
 * Hands decided events to their event objects on the pool, never on the thread that decided them
 * and never under a queue manager lock. Lanes are keyed by the event object's identity: one
 * MSMQEvent shared by several calls still receives one event at a time, in the order the events
 * were decided (timeouts in due order).
 */
final class EventDispatch implements SerialLane.Host<FiredEvent> {
    /** Events run before a lane yields its thread to other lanes. */
    private static final int LANE_BATCH = 32;

    private final ConcurrentHashMap<Receiver, SerialLane<FiredEvent>> lanes = new ConcurrentHashMap<>();
    private final FixedPool pool;
    private final Quiescence quiescence;
    private final AtomicLong handlerFailures = new AtomicLong();
    private volatile boolean stopped;

    EventDispatch(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
    }

    /**
     * Counts an event as outstanding from the moment it is decided. A handler that re-enables
     * notification decides its next event before it returns, so the count reaches zero only when
     * the system is really idle.
     */
    void reserve() {
        quiescence.begin();
    }

    /** Queues an event {@link #reserve reserved} earlier behind whatever its event object already has. */
    void enqueueReserved(FiredEvent event) {
        if (stopped) {
            quiescence.end();
            return;
        }
        Receiver key = new Receiver(event.event());
        while (!lanes.computeIfAbsent(key, k -> new SerialLane<>(this, k, LANE_BATCH)).offer(event)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    @Override
    public void schedule(SerialLane<FiredEvent> lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            drop(lane.abandon());
        }
    }

    /** One event, on a pool thread. A failing handler must not take the pool thread with it. */
    @Override
    public void run(FiredEvent event) {
        try {
            if (!stopped) {
                Thread.interrupted(); // a previous handler's interrupt is not this one's
                event.deliver();
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable handlerFailed) {
            handlerFailures.incrementAndGet();
        } finally {
            quiescence.end();
        }
    }

    @Override
    public void retired(Object key, SerialLane<FiredEvent> lane) {
        lanes.remove(key, lane);
    }

    long handlerFailures() {
        return handlerFailures.get();
    }

    int laneCount() {
        return lanes.size();
    }

    /** Nothing more is delivered; what was queued no longer counts as outstanding. */
    void shutdown(Duration grace) {
        stopped = true;
        for (Runnable r : pool.shutdownNow()) {
            if (r instanceof SerialLane<?> lane) {
                drop(lane.abandon());
            }
        }
        pool.awaitTermination(grace);
    }

    private void drop(List<?> events) {
        for (int i = 0; i < events.size(); i++) {
            quiescence.end();
        }
    }

    /** Identity, not equals: two event objects that compare equal are still two receivers. */
    private static final class Receiver {
        private final MsmqEvent event;

        Receiver(MsmqEvent event) {
            this.event = event;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Receiver r && r.event == event;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(event);
        }
    }
}
