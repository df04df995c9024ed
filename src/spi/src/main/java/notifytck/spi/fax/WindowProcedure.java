package notifytck.spi.fax;

/**
 * A window procedure. The implementation calls it on the window's thread, one message at a time,
 * and only while that thread pumps messages; a posted message waits in the window's queue.
 */
public interface WindowProcedure {
    void onMessage(WindowRef window, int message, long wParam, long lParam);
}
