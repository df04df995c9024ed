package notifytck.reference.fax;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxControl;

/**
 * One running reference fax service with the workstation around it (sessions, desktops, client
 * processes and their windows) and its own threads: nothing is shared between two instances, so
 * scenarios cannot see each other's leftovers.
 */
public final class ReferenceFax implements AutoCloseable {
    /** Threads for every window's thread and every completion port: a fixed few, however many windows. */
    public static final int WINDOW_THREADS = 4;

    /** How long logoff and DestroyWindow wait for procedures (SendMessageTimeout's role). */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    /** How long close waits for a running procedure after interrupting it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    /** Names the threads, so a stack dump tells them from other mechanisms' threads. */
    private static final String THREAD_NAME_PREFIX = "ref-fax-window-";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final FixedPool pool;
    private final Quiescence quiescence = new Quiescence();
    private final WindowThreads threads;
    private final CompletionPackets packets;
    private final Workstation workstation;
    private final FaxService service;
    private final FaxAdministration control;

    public ReferenceFax() {
        this(WINDOW_THREADS, SEND_TIMEOUT);
    }

    /** For tests that need a hung procedure to be given up on sooner, or a different pool. */
    ReferenceFax(int windowThreads, Duration sendTimeout) {
        // Handles name their instance, so one instance's handle is unknown to another.
        String tag = "fax" + INSTANCES.incrementAndGet();
        this.pool = new FixedPool(THREAD_NAME_PREFIX, windowThreads);
        this.threads = new WindowThreads(pool, quiescence);
        this.packets = new CompletionPackets(pool, quiescence);
        this.workstation = new Workstation(tag, threads, quiescence);
        this.service = new FaxService(workstation, packets);
        this.control = new FaxAdministration(workstation, service, new Logoff(workstation, service, sendTimeout),
                quiescence);
    }

    public FaxAdapter adapter() {
        return service;
    }

    public FaxControl control() {
        return control;
    }

    /** Threads the pool has started; stays at {@link #WINDOW_THREADS}. */
    public int windowThreadsStarted() {
        return threads.threadsStarted();
    }

    /** True for this instance's threads: the only ones procedures and ports are called on. */
    public boolean isWindowThread(Thread t) {
        return threads.isWindowThread(t);
    }

    /** Procedures that threw; the window's thread carries on with its next message. */
    public long procedureFailures() {
        return threads.procedureFailures();
    }

    /** Ports that threw on a packet. */
    public long portFailures() {
        return packets.portFailures();
    }

    /** Interrupts running procedures, drops what is queued, and waits a bounded time for the threads. */
    @Override
    public void close() {
        threads.stop();
        packets.stop();
        List<Runnable> neverStarted = pool.shutdownNow(); // both hosts' lanes, on their one pool
        threads.dropUnstarted(neverStarted);
        packets.dropUnstarted(neverStarted);
        pool.awaitTermination(SHUTDOWN_GRACE);
        workstation.allWindows().forEach(Window::gone);
    }
}
