package notifytck.spi.fax;

import java.time.Duration;

/**
 * What the kit makes Windows and the fax service do: the service's account, sessions, desktops and
 * windows, whether a window's thread pumps messages, fax events, stopping the service, and logoff.
 */
public interface FaxControl {
    /** Sets the account the (running) fax service uses from now on; the service starts with LocalSystem without desktop interaction. */
    void configureService(ServiceAccount account);

    /** A user logs on: a new session with its interactive desktop WinSta0\Default. */
    SessionRef logon(String user);

    /** The session's interactive desktop (WinSta0\Default). */
    DesktopRef defaultDesktop(SessionRef session);

    /** Another desktop in the session (CreateDesktop), e.g. for a kiosk or a secure screen. */
    DesktopRef createDesktop(SessionRef session, String name);

    /** A client application process in the session, connected to the local fax server. */
    FaxClient startClient(SessionRef session);

    /** A top-level window of the client on a desktop; its thread pumps messages until told otherwise. */
    WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure);

    /** DestroyWindow: the procedure gets WM_DESTROY (on the window's thread), then the handle is invalid. */
    void destroyWindow(WindowRef window);

    /**
     * Whether the window's thread pumps messages; a thread that stops leaves posted messages queued.
     * It takes effect at once: a thread told to stop while its procedure handles a message takes
     * nothing more once the procedure returns.
     */
    void setPumping(WindowRef window, boolean pumping);

    /** A fax event happens in the service. */
    void raiseEvent(int eventId, int deviceId, int jobId);

    /** The fax service stops. */
    void stopService();

    /**
     * The user of {@code session} logs off: top-level windows get WM_ENDSESSION, then the logoff
     * either completes (true) or is blocked by a handle another process holds on the session's
     * desktop (false).
     */
    boolean logoff(SessionRef session);

    /**
     * Whether the fax service holds an impersonation token of the client. An observation: it
     * changes nothing, so the kit may ask it while it waits for the implementation to go quiet.
     */
    boolean holdsTokenOf(FaxClient client);

    /** {@link notifytck.spi.Control#FAX_QUIESCE}: every posted message taken by windows that pump. */
    default boolean quiesce(Duration deadline) {
        throw new UnsupportedOperationException("FAX_QUIESCE not declared");
    }
}
