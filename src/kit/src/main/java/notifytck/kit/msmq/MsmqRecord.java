package notifytck.kit.msmq;

import notifytck.spi.HResult;

/** One thing that happened in an MSMQ scenario: a call returned, or an event object fired. */
public record MsmqRecord(Kind kind, String who, String queueHandle, HResult code, String detail) {
    public enum Kind { CALL_RETURNED, ARRIVED, ARRIVED_ERROR }

    @Override
    public String toString() {
        return switch (kind) {
            case CALL_RETURNED -> who + " " + detail + " -> " + code;
            case ARRIVED -> "event " + who + " Arrived for " + queueHandle;
            case ARRIVED_ERROR -> "event " + who + " ArrivedError " + code + " for " + queueHandle;
        };
    }
}
