package notifytck.reference.msmq;

import java.time.Duration;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.IdentityKey;
import notifytck.reference.common.KeyedLanes;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.ReceiverCalls;

/**
 * Hands decided events to their event objects on the pool, never on the thread that decided them
 * and never under a queue manager lock. Lanes are keyed by the event object's identity: one
 * MSMQEvent shared by several calls still receives one event at a time, in the order the events
 * were decided (timeouts in due order).
 */
final class EventDispatch {
    /** Events run before a lane yields its thread to other lanes. */
    private static final int LANE_BATCH = 32;

    private final Quiescence quiescence;
    private final ReceiverCalls handlers = new ReceiverCalls();
    private final KeyedLanes<IdentityKey, FiredEvent> lanes;

    EventDispatch(FixedPool pool, Quiescence quiescence) {
        this.quiescence = quiescence;
        this.lanes = new KeyedLanes<>(pool, LANE_BATCH, this::run, dropped -> quiescence.end());
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
        lanes.offer(new IdentityKey(event.event()), event);
    }

    private void run(FiredEvent event) {
        try {
            if (!lanes.stopped()) {
                handlers.call(event::deliver);
            }
        } finally {
            quiescence.end();
        }
    }

    long handlerFailures() {
        return handlers.failures();
    }

    int laneCount() {
        return lanes.laneCount();
    }

    /** Nothing more is delivered; what was queued no longer counts as outstanding. */
    void shutdown(Duration grace) {
        lanes.shutdown(grace);
    }
}
