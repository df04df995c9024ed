package notifytck.reference.msmq;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.common.FixedPool;
import notifytck.reference.common.Quiescence;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;

/**
 * One running reference queue manager with its own queues, handles, timers and threads: nothing
 * is shared between two instances, so scenarios cannot see each other's leftovers. It runs on a
 * virtual clock that only the kit moves, or on the system clock with one timer thread.
 */
public final class ReferenceMsmq implements AutoCloseable {
    /** Event threads: enough that one slow handler does not hold up every other event object. */
    public static final int EVENT_THREADS = 2;

    /** How long close waits for a running handler after interrupting it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    /** Names the event threads, so a stack dump tells them from other mechanisms' threads. */
    private static final String EVENT_THREAD_NAME_PREFIX = "ref-msmq-events-";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final FixedPool pool = new FixedPool(EVENT_THREAD_NAME_PREFIX, EVENT_THREADS);
    private final Quiescence quiescence = new Quiescence();
    private final EventDispatch dispatch = new EventDispatch(pool, quiescence);
    private final TimerQueue timers;
    private final QueueManager manager;
    private final RealTimeWaker waker;
    private final EnableNotification adapter;
    private final MsmqAdministration control;

    private ReferenceMsmq(boolean virtual) {
        // Handles name their instance, so one instance's handle is unknown to another.
        String tag = "msmq" + INSTANCES.incrementAndGet();
        VirtualClock virtualClock = virtual ? new VirtualClock() : null;
        Clock clock = virtual ? virtualClock : new SystemClock();
        this.timers = new TimerQueue(clock);
        this.manager = new QueueManager(tag, timers);
        Expiry expiry = new Expiry(timers, dispatch);
        this.waker = virtual ? null : new RealTimeWaker(clock, timers, expiry);
        if (waker != null) {
            timers.setWaker(waker);
        }
        this.adapter = new EnableNotification(manager, dispatch);
        this.control = new MsmqAdministration(manager, dispatch, quiescence, expiry, virtualClock);
    }

    /** Time starts at 0 and moves only through {@link MsmqControl#advanceClock}. */
    public static ReferenceMsmq withVirtualClock() {
        return new ReferenceMsmq(true);
    }

    /** Timeouts fire by themselves, on the system's monotonic clock; advanceClock is not supported. */
    public static ReferenceMsmq withSystemClock() {
        return new ReferenceMsmq(false);
    }

    public MsmqAdapter adapter() {
        return adapter;
    }

    public MsmqControl control() {
        return control;
    }

    public boolean hasVirtualClock() {
        return waker == null;
    }

    /** Threads the event pool has started; stays at {@link #EVENT_THREADS}. */
    public int eventThreadsStarted() {
        return pool.threadsStarted();
    }

    /** True for this instance's event threads: the only threads handlers may run on. */
    public boolean isEventThread(Thread t) {
        return pool.isPoolThread(t);
    }

    /** Successful calls still waiting for a message or a timeout. */
    public int pendingNotifications() {
        return manager.pendingNotifications();
    }

    /** Entries in the timer queue: only waiting calls with a finite timeout. */
    public int scheduledTimeouts() {
        return timers.size();
    }

    /** Event objects with events queued or running. */
    public int activeEventLanes() {
        return dispatch.laneCount();
    }

    /** Handlers that threw; the queue manager carries on, as a server must not die of a client's bug. */
    public long handlerFailures() {
        return dispatch.handlerFailures();
    }

    /** Stops the timer thread, interrupts running handlers, drops queued events; bounded in time. */
    @Override
    public void close() {
        if (waker != null) {
            waker.close(SHUTDOWN_GRACE);
        }
        dispatch.shutdown(SHUTDOWN_GRACE);
    }
}
