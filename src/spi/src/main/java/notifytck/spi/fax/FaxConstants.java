package notifytck.spi.fax;

/** Values the fax notification document relies on, with where each is defined. */
public final class FaxConstants {
    private FaxConstants() {}

    /** winuser.h. A fax client's MessageStart must lie above it (FaxInitializeEventQueue). */
    public static final int WM_USER = 0x0400;
    /** winuser.h: sent to a window being destroyed. */
    public static final int WM_DESTROY = 0x0002;
    /** winuser.h: sent to top-level windows when the session ends (logoff). */
    public static final int WM_ENDSESSION = 0x0016;
    /** WM_ENDSESSION's lParam flag for a user logging off (winuser.h, WM_ENDSESSION message page). */
    public static final long ENDSESSION_LOGOFF = 0x8000_0000L;

    /** The CompletionKey that tells the fax service the client is logging off (the document). */
    public static final long LOGOFF_COMPLETION_KEY = 1;

    /** Win32 errors FaxInitializeEventQueue reports through GetLastError (winerror.h). */
    public static final int ERROR_SUCCESS = 0;
    public static final int ERROR_INVALID_PARAMETER = 87;
    /** What Windows 2000 returns for a second FaxInitializeEventQueue in one fax service session (the "Enabling..." page). */
    public static final int ERROR_INVALID_DATA = 13;

    /** FAX_EVENT EventId values, winfax.h. */
    public static final int FEI_DIALING = 1;
    public static final int FEI_SENDING = 2;
    public static final int FEI_RECEIVING = 3;
    public static final int FEI_COMPLETED = 4;
    public static final int FEI_BUSY = 5;
    public static final int FEI_NO_ANSWER = 6;
    public static final int FEI_BAD_ADDRESS = 7;
    public static final int FEI_NO_DIAL_TONE = 8;
    public static final int FEI_DISCONNECTED = 9;
    public static final int FEI_FATAL_ERROR = 10;
    public static final int FEI_NOT_FAX_CALL = 11;
    public static final int FEI_CALL_DELAYED = 12;
    public static final int FEI_CALL_BLACKLISTED = 13;
    public static final int FEI_RINGING = 14;
    public static final int FEI_ABORTING = 15;
    public static final int FEI_ROUTING = 16;
    public static final int FEI_MODEM_POWERED_ON = 17;
    public static final int FEI_MODEM_POWERED_OFF = 18;
    public static final int FEI_IDLE = 19;
    public static final int FEI_FAXSVC_ENDED = 20;
    public static final int FEI_ANSWERED = 21;
    public static final int FEI_JOB_QUEUED = 22;
    public static final int FEI_DELETED = 23;
    public static final int FEI_INITIALIZING = 24;
    public static final int FEI_LINE_UNAVAILABLE = 25;
    public static final int FEI_HANDLED = 26;
    public static final int FEI_FAXSVC_STARTED = 27;
    /** The highest event ID: a message in [MessageStart, MessageStart + FEI_NEVENTS] is a fax message. */
    public static final int FEI_NEVENTS = 27;

    /** JobId for an event not about a job (FAX_EVENT). */
    public static final int NO_JOB = 0xFFFF_FFFF;
}
