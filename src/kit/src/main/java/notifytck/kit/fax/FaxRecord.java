package notifytck.kit.fax;

/** One thing that happened in a fax scenario: a message a window got, a packet, or a call. */
public record FaxRecord(Kind kind, String who, int message, long wParam, long lParam, String detail) {
    public enum Kind { MESSAGE, PACKET, CALL_RETURNED, ANSWERED }

    @Override
    public String toString() {
        return switch (kind) {
            case MESSAGE -> "window " + who + " got message 0x" + Integer.toHexString(message) + " wParam " + wParam + " lParam " + lParam;
            case PACKET -> "port of " + who + " got packet " + detail;
            case CALL_RETURNED -> who + " " + detail;
            case ANSWERED -> who + " answered with the logoff call: " + detail;
        };
    }
}
