package notifytck.kit.fax;

import notifytck.kit.History;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * A client's window procedure. It records every message; on WM_ENDSESSION and WM_DESTROY it keeps
 * the client's obligation (REQ-FAX-MSG-012): it repeats FaxInitializeEventQueue for the same window
 * with completion key 1, unless the scenario makes it a client that ignores the end of the session.
 */
public final class FaxWindow implements WindowProcedure {
    private final String name;
    private final FaxClient client;
    private final FaxAdapter adapter;
    private final History<FaxRecord> history;
    private volatile boolean answersEndOfSession = true;
    /** The MessageStart the window registered with, 0 while it is not registered. */
    private volatile int messageStart;

    public FaxWindow(String name, FaxClient client, FaxAdapter adapter, History<FaxRecord> history) {
        this.name = name;
        this.client = client;
        this.adapter = adapter;
        this.history = history;
    }

    FaxClient client() {
        return client;
    }

    public void ignoreEndOfSession() {
        answersEndOfSession = false;
    }

    /**
     * The client works this long over WM_ENDSESSION (saving its state, say) before it makes the
     * logoff call: the logoff must wait for its answer, and for a second window's while this one
     * is still at work.
     */
    public void workOverEndOfSession(java.time.Duration work) {
        workOverEndOfSession = work;
    }

    private volatile java.time.Duration workOverEndOfSession = java.time.Duration.ZERO;

    public void registeredForMessages(int start) {
        messageStart = start;
    }

    /** The fax event whose message the procedure holds until {@link #letGo()}: it is busy with it. -1: none. */
    private volatile int holdsEvent = -1;
    private final notifytck.kit.Gate gate = new notifytck.kit.Gate();

    /** Holds the message of fax event {@code eventId} until {@link #letGo()}, or until the hold times out by itself. */
    public void hold(int eventId) {
        holdsEvent = eventId;
        gate.close();
    }

    public void letGo() {
        gate.open();
    }

    /** The fax event whose message the procedure answers with {@link #reaction}; -1: none. */
    private volatile int reactsTo = -1;
    private volatile Runnable reaction;

    /**
     * On the message of fax event {@code eventId}, the procedure runs {@code reaction} on its own
     * thread before it returns: a client that reacts to a message with a call that makes the service
     * post again.
     */
    public void reactTo(int eventId, Runnable reaction) {
        this.reaction = reaction;
        reactsTo = eventId;
    }

    /** What the client does first when WM_ENDSESSION comes, once: state that changes while the logoff waits. */
    private final java.util.concurrent.atomic.AtomicReference<Runnable> onEndSession = new java.util.concurrent.atomic.AtomicReference<>();

    /** On the first WM_ENDSESSION the procedure runs {@code action} on its own thread, before it works and answers. */
    public void onEndSession(Runnable action) {
        onEndSession.set(action);
    }

    private final java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean reentered;

    /** Whether the procedure was ever entered while it was still handling a message. */
    public boolean reentered() {
        return reentered;
    }

    @Override
    public void onMessage(WindowRef window, int message, long wParam, long lParam) {
        if (inside.incrementAndGet() > 1) {
            reentered = true;
        }
        try {
            handle(window, message, wParam, lParam);
        } finally {
            inside.decrementAndGet();
        }
    }

    /**
     * Client work on the window thread, inside the procedure: a failure is recorded for the scenario,
     * never thrown into the implementation's dispatch.
     */
    private void runRecorded(int message, Runnable work, String what) {
        String outcome;
        try {
            work.run();
            outcome = "returned";
        } catch (RuntimeException | Error e) {
            outcome = "threw " + e;
        }
        history.record(new FaxRecord(FaxRecord.Kind.CALL_RETURNED, name, message, 0, 0, what + " " + outcome));
    }

    private void handle(WindowRef window, int message, long wParam, long lParam) {
        history.record(new FaxRecord(FaxRecord.Kind.MESSAGE, name, message, wParam, lParam, null));
        int registeredFrom = messageStart;
        if (registeredFrom != 0 && message == registeredFrom + reactsTo && reaction != null) {
            runRecorded(message, reaction, "the procedure's call that makes a fax event happen");
        }
        if (registeredFrom != 0 && message == registeredFrom + holdsEvent && !gate.pass(notifytck.kit.Timeouts.hold())) {
            history.record(new FaxRecord(FaxRecord.Kind.CALL_RETURNED, name, message, 0, 0, "the procedure's hold expired before the scenario let it go"));
        }
        Runnable first = message == FaxConstants.WM_ENDSESSION ? onEndSession.getAndSet(null) : null;
        if (first != null) {
            runRecorded(message, first, "the procedure's work on WM_ENDSESSION");
        }
        boolean ending = message == FaxConstants.WM_ENDSESSION || message == FaxConstants.WM_DESTROY;
        int start = messageStart;
        if (message == FaxConstants.WM_ENDSESSION && answersEndOfSession) {
            // The client's own work, not a wait of the kit's: the procedure is busy, as a real one would be.
            long until = System.nanoTime() + workOverEndOfSession.toNanos();
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(left);
            }
        }
        if (ending && answersEndOfSession && start != 0) {
            // Once only: a window may get WM_ENDSESSION and then WM_DESTROY.
            messageStart = 0;
            FaxResult r = adapter.faxInitializeEventQueue(client, null, FaxConstants.LOGOFF_COMPLETION_KEY, window, start);
            history.record(new FaxRecord(FaxRecord.Kind.ANSWERED, name, message, 0, 0,
                    r.succeeded() ? "succeeded" : "failed with " + r.lastError()));
        }
    }
}
