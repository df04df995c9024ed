package notifytck.reference.fax;

import java.util.List;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.IdentityKey;
import notifytck.reference.common.KeyedLanes;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.ReceiverCalls;
import notifytck.spi.fax.CompletionPort;

/**
 * PostQueuedCompletionStatus to the clients' ports. The port is the client's object, so it is
 * called on the pool and never under the service's lock (a port that calls back into the service
 * cannot deadlock it); a lane per port keeps its packets in the order the events happened.
 */
final class CompletionPackets {
    private static final int LANE_BATCH = 32;

    private record Packet(CompletionPort port, long completionKey, FaxEvent event) {
    }

    private final Quiescence quiescence;
    private final ReceiverCalls ports = new ReceiverCalls();
    private final KeyedLanes<IdentityKey, Packet> lanes;

    CompletionPackets(FixedPool pool, Quiescence quiescence) {
        this.quiescence = quiescence;
        this.lanes = new KeyedLanes<>(pool, LANE_BATCH, this::run, dropped -> quiescence.end());
    }

    /** Counted from here until the port took it. */
    void post(CompletionPort port, long completionKey, FaxEvent event) {
        quiescence.begin();
        lanes.offer(new IdentityKey(port), new Packet(port, completionKey, event));
    }

    private void run(Packet p) {
        try {
            if (!lanes.stopped()) {
                ports.call(() -> p.port().post(p.completionKey(), p.event().eventId(), p.event().deviceId(),
                        p.event().jobId()));
            }
        } finally {
            quiescence.end();
        }
    }

    long portFailures() {
        return ports.failures();
    }

    /** Before the pool stops: nothing more reaches a port. */
    void stop() {
        lanes.stop();
    }

    /** After the pool stopped: the packets it never ran no longer count as outstanding. */
    void dropUnstarted(List<Runnable> neverStarted) {
        lanes.dropUnstarted(neverStarted);
    }
}
