package notifytck.reference.fax;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.reference.common.SerialLane;
import notifytck.spi.fax.CompletionPort;

/**
 * PostQueuedCompletionStatus to the clients' ports. The port is the client's object, so it is
 * called on the pool and never under the service's lock (a port that calls back into the service
 * cannot deadlock it); a lane per port keeps its packets in the order the events happened.
 */
final class CompletionPackets implements SerialLane.Host<CompletionPackets.Packet> {
    private static final int LANE_BATCH = 32;

    record Packet(CompletionPort port, long completionKey, FaxEvent event) {
    }

    private final ConcurrentHashMap<Port, SerialLane<Packet>> lanes = new ConcurrentHashMap<>();
    private final FixedPool pool;
    private final Quiescence quiescence;
    private final AtomicLong portFailures = new AtomicLong();
    private volatile boolean stopped;

    CompletionPackets(FixedPool pool, Quiescence quiescence) {
        this.pool = pool;
        this.quiescence = quiescence;
    }

    /** Counted from here until the port took it. */
    void post(CompletionPort port, long completionKey, FaxEvent event) {
        quiescence.begin();
        if (stopped) {
            quiescence.end();
            return;
        }
        Packet packet = new Packet(port, completionKey, event);
        while (!lanes.computeIfAbsent(new Port(port), k -> new SerialLane<>(this, k, LANE_BATCH)).offer(packet)) {
            Thread.onSpinWait(); // a retiring lane is leaving the map right now
        }
    }

    @Override
    public void schedule(SerialLane<Packet> lane) {
        try {
            pool.execute(lane);
        } catch (RejectedExecutionException shutDown) {
            drop(lane.abandon());
        }
    }

    @Override
    public void run(Packet p) {
        try {
            if (!stopped) {
                Thread.interrupted();
                p.port().post(p.completionKey(), p.event().eventId(), p.event().deviceId(), p.event().jobId());
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable portFailed) {
            portFailures.incrementAndGet();
        } finally {
            quiescence.end();
        }
    }

    @Override
    public void retired(Object key, SerialLane<Packet> lane) {
        lanes.remove(key, lane);
    }

    long portFailures() {
        return portFailures.get();
    }

    /** Before the pool stops: nothing more reaches a port. */
    void stop() {
        stopped = true;
    }

    /**
     * What a lane held when the pool stopped (the pool is shared with the windows' threads, so the
     * units may be window turns): the packets among them no longer count as outstanding.
     */
    void drop(List<?> units) {
        for (Object unit : units) {
            if (unit instanceof Packet) {
                quiescence.end();
            }
        }
    }

    /** Identity, not equals: two ports that compare equal are still two ports. */
    private static final class Port {
        private final CompletionPort port;

        Port(CompletionPort port) {
            this.port = port;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Port p && p.port == port;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(port);
        }
    }
}
