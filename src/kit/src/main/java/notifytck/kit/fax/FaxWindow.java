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

    @Override
    public void onMessage(WindowRef window, int message, long wParam, long lParam) {
        history.record(new FaxRecord(FaxRecord.Kind.MESSAGE, name, message, wParam, lParam, null));
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
