package notifytck.spi.fax;

/** The fax client API the document is about. */
public interface FaxAdapter {
    /**
     * FaxInitializeEventQueue, made by {@code client}: either a completion port with its key
     * ({@code window} null, {@code messageStart} 0), or a window with a base message
     * ({@code port} null). A second call with the same window and completion key 1 tells the
     * service the client is logging off.
     */
    FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long completionKey, WindowRef window, int messageStart);
}
