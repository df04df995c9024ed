package notifytck.spi.fax;

/** An I/O completion port of the client: the alternative to notification messages. */
public interface CompletionPort {
    /** A completion packet: the client's completion key and the FAX_EVENT it carries. */
    void post(long completionKey, int eventId, int deviceId, int jobId);
}
