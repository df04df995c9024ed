package notifytck.reference.fax;

import static notifytck.spi.fax.FaxConstants.WM_DESTROY;
import static notifytck.spi.fax.FaxConstants.WM_ENDSESSION;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ending a session, and destroying a window: the two ways a client hears it must let go of the
 * service (WM_ENDSESSION, WM_DESTROY). Both send the message and wait for the procedures to return,
 * so that a procedure answering with the logoff registration is heard before anything is decided;
 * both wait only until a deadline, so a procedure that hangs cannot hang the caller.
 */
final class Logoff {
    /** WM_ENDSESSION: wParam TRUE (the session is ending), lParam ENDSESSION_LOGOFF (winuser.h). */
    static final long SESSION_ENDING = 1;
    static final long ENDSESSION_LOGOFF = 0x8000_0000L;

    private final Workstation workstation;
    private final FaxService service;
    private final Duration sendTimeout;

    Logoff(Workstation workstation, FaxService service, Duration sendTimeout) {
        this.workstation = workstation;
        this.service = service;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Every top-level window gets WM_ENDSESSION at once (one hung window does not delay the others'),
     * handled only by threads that pump: a thread that does not pump never takes it.
     */
    boolean logoff(Session session) {
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<SentMessage> sent = new ArrayList<>();
        for (Window w : workstation.windowsOf(session)) {
            if (w.live() && w.pumping()) {
                sent.add(w.send(WM_ENDSESSION, SESSION_ENDING, ENDSESSION_LOGOFF, true));
            }
        }
        for (SentMessage m : sent) {
            m.awaitReturn(deadline);
        }
        return service.endSessionUnlessTokenHeld(session);
    }

    /**
     * DestroyWindow runs on the window's own thread, so WM_DESTROY reaches the procedure whether or
     * not that thread pumps; it waits only behind the message the thread is handling now.
     */
    void destroy(Window window) {
        if (!window.startDestroying()) {
            throw new IllegalArgumentException("window " + window.ref().handle() + " is already being destroyed");
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        window.send(WM_DESTROY, 0, 0, false).awaitReturn(deadline);
        window.gone();
    }
}
