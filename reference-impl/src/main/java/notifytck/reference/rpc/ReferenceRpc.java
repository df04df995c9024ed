package notifytck.reference.rpc;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;

/**
 * One running reference RPC runtime with its own calls, handles and delivery threads: nothing is
 * shared between two instances, so scenarios cannot see each other's leftovers. Calls in progress
 * and subscriptions are entries in maps; only the small delivery pool is threads.
 */
public final class ReferenceRpc implements AutoCloseable {
    /** Delivery threads: enough that one slow target does not hold up every other call. */
    public static final int DELIVERY_THREADS = 2;

    /** How long close waits for a running target after interrupting it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    /** Names the delivery threads, so a stack dump tells them from other mechanisms' threads. */
    public static final String DELIVERY_THREAD_NAME_PREFIX = "ref-rpc-notify-";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final FixedPool pool = new FixedPool(DELIVERY_THREAD_NAME_PREFIX, DELIVERY_THREADS);
    private final Quiescence quiescence = new Quiescence();
    private final DeliveryLanes lanes = new DeliveryLanes(pool, quiescence);
    private final ServerNotifications adapter;
    private final RpcAdministration control;

    public ReferenceRpc() {
        // Handles name their instance, so one instance's handle is unknown to another.
        RpcRuntime runtime = new RpcRuntime("rpc" + INSTANCES.incrementAndGet(), lanes);
        this.adapter = new ServerNotifications(runtime);
        this.control = new RpcAdministration(runtime, quiescence);
    }

    public RpcServerAdapter adapter() {
        return adapter;
    }

    public RpcControl control() {
        return control;
    }

    /** Threads the delivery pool has started; stays at {@link #DELIVERY_THREADS}. */
    public int deliveryThreadsStarted() {
        return pool.threadsStarted();
    }

    /** True for this instance's delivery threads: the only threads targets may be called on. */
    public boolean isDeliveryThread(Thread t) {
        return pool.isPoolThread(t);
    }

    /** Targets that threw; the runtime carries on, as a server must not die of its own target's bug. */
    public long targetFailures() {
        return lanes.targetFailures();
    }

    /** Lanes with notifications queued or running; idle lanes retire. */
    public int activeLanes() {
        return lanes.laneCount();
    }

    /** Interrupts running targets, drops what is queued, and waits a bounded time for the threads. */
    @Override
    public void close() {
        lanes.shutdown(SHUTDOWN_GRACE);
    }
}
