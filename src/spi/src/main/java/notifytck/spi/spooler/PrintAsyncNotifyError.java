package notifytck.spi.spooler;

import notifytck.spi.HResult;

/**
 * PrintAsyncNotifyError, the code part of the HRESULTs the channel methods return. Values from
 * prnasnot.h (as published in the mingw-w64 headers and the SDK's PrintAsyncNotifyError page);
 * meanings from the WDK page "Notification Errors". prnasnot.h defines only these small integers
 * and tells callers to compare HRESULT_CODE; the full HRESULT built here, MAKE_HRESULT(severity,
 * FACILITY_ITF, code), is derived, not stated anywhere, so a rule that needs the "no listeners"
 * success accepts any facility (REQ-SPOOL-OVW-011). The documents let some codes come with either
 * severity, so both forms exist.
 */
public enum PrintAsyncNotifyError {
    CHANNEL_CLOSED_BY_SERVER(0x01),
    CHANNEL_CLOSED_BY_ANOTHER_LISTENER(0x02),
    CHANNEL_CLOSED_BY_SAME_LISTENER(0x03),
    CHANNEL_RELEASED_BY_LISTENER(0x04),
    UNIRECTIONAL_NOTIFICATION_LOST(0x05),
    ASYNC_NOTIFICATION_FAILURE(0x06),
    NO_LISTENERS(0x07),
    CHANNEL_ALREADY_CLOSED(0x08),
    CHANNEL_ALREADY_OPENED(0x09),
    CHANNEL_WAITING_FOR_CLIENT_NOTIFICATION(0x0a),
    CHANNEL_NOT_OPENED(0x0b),
    ASYNC_CALL_ALREADY_PARKED(0x0c),
    NOT_REGISTERED(0x0d),
    ALREADY_UNREGISTERED(0x0e),
    ALREADY_REGISTERED(0x0f),
    CHANNEL_ACQUIRED(0x10),
    ASYNC_CALL_IN_PROGRESS(0x11),
    MAX_NOTIFICATION_SIZE_EXCEEDED(0x12),
    INTERNAL_NOTIFICATION_QUEUE_IS_FULL(0x13),
    INVALID_NOTIFICATION_TYPE(0x14),
    MAX_REGISTRATION_COUNT_EXCEEDED(0x15),
    MAX_CHANNEL_COUNT_EXCEEDED(0x16),
    LOCAL_ONLY_REGISTRATION(0x17),
    REMOTE_ONLY_REGISTRATION(0x18);

    /** FACILITY_ITF, winerror.h: interface-specific codes. */
    public static final int FACILITY_ITF = 4;

    private final int code;

    PrintAsyncNotifyError(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String source() {
        return "prnasnot.h PrintAsyncNotifyError = 0x" + Integer.toHexString(code) + ", with FACILITY_ITF (winerror.h)";
    }

    /**
     * Whether {@code h} is this code with this severity, whatever its facility: prnasnot.h defines
     * only the code part, and callers compare HRESULT_CODE, so the kit asserts no facility.
     */
    public boolean is(HResult h, boolean error) {
        return h != null && h.failed() == error && (h.value() & 0xFFFF) == code;
    }

    /** The PrintAsyncNotifyError a value in FACILITY_ITF form stands for, if any. */
    public static java.util.Optional<PrintAsyncNotifyError> ofItf(HResult h) {
        if (h == null || ((h.value() >>> 16) & 0x7FF) != FACILITY_ITF) {
            return java.util.Optional.empty();
        }
        for (PrintAsyncNotifyError e : values()) {
            if (e.code == (h.value() & 0xFFFF)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether {@code actual} is what a feature or property expects: for a PrintAsyncNotifyError,
     * the same code part and severity in any facility (the FACILITY_ITF value is derived, never
     * stated); for any other HRESULT, the same value.
     */
    public static boolean sameCode(HResult expected, HResult actual) {
        return ofItf(expected).map(e -> e.is(actual, expected.failed())).orElse(expected.equals(actual));
    }

    public HResult asError() {
        return HResult.make(true, FACILITY_ITF, code);
    }

    public HResult asSuccess() {
        return HResult.make(false, FACILITY_ITF, code);
    }
}
