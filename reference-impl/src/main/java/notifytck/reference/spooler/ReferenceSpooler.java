package notifytck.reference.spooler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * One running reference spooler, with its own machines, channels, registrations and threads:
 * nothing is shared between two instances, so scenarios cannot see each other's leftovers.
 */
public final class ReferenceSpooler implements AutoCloseable {
    /** The machine a bare printer name means for the kit's own callers. */
    public static final String LOCAL_MACHINE = "PRINTSRV";

    /** How long close waits for a running callback after interrupting it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    /** Names the delivery threads, so a stack dump tells them from other mechanisms' threads. */
    private static final String DELIVERY_THREAD_NAME_PREFIX = "ref-spooler-delivery-";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final FixedPool pool;
    private final Quiescence quiescence = new Quiescence();
    private final DeliveryLanes lanes;
    private final Channels channels;
    private final Spooler adapter;
    private final SpoolerAdministration control;

    public ReferenceSpooler() {
        this(SpoolerLimits.defaults());
    }

    public ReferenceSpooler(SpoolerLimits limits) {
        // Handles name their instance, so one instance's handle is unknown to another.
        String tag = "spl" + INSTANCES.incrementAndGet();
        PrintServers servers = new PrintServers();
        servers.install(LOCAL_MACHINE, null);
        this.pool = new FixedPool(DELIVERY_THREAD_NAME_PREFIX, limits.deliveryThreads());
        this.lanes = new DeliveryLanes(pool, quiescence);
        this.channels = new Channels(tag, limits.maxChannels());
        Registrations registrations = new Registrations(tag, limits.maxRegistrations(), lanes);
        this.adapter = new Spooler(limits, servers, channels, registrations, lanes);
        this.control = new SpoolerAdministration(LOCAL_MACHINE, servers, quiescence, channels);
    }

    public SpoolerAdapter adapter() {
        return adapter;
    }

    public SpoolerControl control() {
        return control;
    }

    /** Threads the delivery pool has started; stays at the configured size. */
    public int deliveryThreadsStarted() {
        return pool.threadsStarted();
    }

    /** True for the pool threads of this instance (callbacks must run only on these). */
    public boolean isDeliveryThread(Thread t) {
        return pool.isPoolThread(t);
    }

    /** Callbacks that threw; the spooler carries on, as a spooler must not die of a client's bug. */
    public long callbackFailures() {
        return lanes.callbackFailures();
    }

    /** Lanes currently queued or running: one per receiving callback with traffic. */
    int activeLanes() {
        return lanes.laneCount();
    }

    /** Interrupts running callbacks, drops what is queued, and waits a bounded time for the threads. */
    @Override
    public void close() {
        lanes.shutdown(SHUTDOWN_GRACE);
    }
}
