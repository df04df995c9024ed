package notifytck.reference.msmq;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.spi.msmq.MsmqEvent;

/**
 * Hands decided events to their event objects on the pool, never on the thread that decided them
 * and never under a queue manager lock. Lanes are keyed by the event object's identity: one
 * MSMQEvent shared by several calls still receives one event at a time.
 */
final class EventDispatch {
    private final ConcurrentHashMap<Receiver, EventLane> lanes = new ConcurrentHashMap<>();
    private final EventPool pool;
    private final Quiescence quiescence;
    private final AtomicLong handlerFailures = new AtomicLong();
    private volatile boolean stopped;

    EventDispatch(EventPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
    }

    /** Counts an event as outstanding from the moment it is decided. */
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
        while (!lanes.computeIfAbsent(key, k -> new EventLane(this, k)).offer(event)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    void schedule(EventLane lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            drop(lane.abandon());
        }
    }

    /** One event, on a pool thread. A failing handler must not take the pool thread with it. */
    void run(FiredEvent event) {
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

    void forget(Object key, EventLane lane) {
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
            if (r instanceof EventLane lane) {
                drop(lane.abandon());
            }
        }
        pool.awaitTermination(grace);
    }

    private void drop(List<FiredEvent> events) {
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
