package notifytck.reference.fax;

/**
 * A message put in a window's queue by PostMessage: the poster has already moved on, so nothing
 * waits for it to be handled.
 */
record PostedMessage(int message, long wParam, long lParam) implements WindowMessage {

    /**
     * WM_FAX_MESSAGE: {@code messageStart + EventId}. The DWORD device and job IDs widen to WPARAM
     * and LPARAM without sign extension, as the C casts do, so "no job" is 0xFFFFFFFF, not -1.
     */
    static PostedMessage faxMessage(int messageStart, FaxEvent event) {
        return new PostedMessage(messageStart + event.eventId(),
                Integer.toUnsignedLong(event.deviceId()), Integer.toUnsignedLong(event.jobId()));
    }
}
