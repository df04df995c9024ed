package notifytck.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every HRESULT the kit names, with its numeric value and where that value is defined. Names are
 * the documents' own; a code that the documents allow with either severity gets one entry per
 * severity, the success form suffixed by nothing and told apart by its value.
 */
public final class KnownHResults {
    public record Known(String name, HResult value, String source) {}

    /** Interface-specific codes (FACILITY_ITF) collide across interfaces, so one value may have several names. */
    private static final Map<Integer, java.util.List<Known>> BY_VALUE = new LinkedHashMap<>();
    private static final Map<String, Known> BY_NAME_AND_SEVERITY = new LinkedHashMap<>();

    private KnownHResults() {}

    static {
        String winerror = "winerror.h";
        add("S_OK", 0x0000_0000, winerror);
        add("E_NOINTERFACE", 0x8000_4002, winerror);
        add("E_POINTER", 0x8000_4003, winerror);
        add("E_ACCESSDENIED", 0x8007_0005, winerror);
        add("E_INVALIDARG", 0x8007_0057, winerror);
        add("E_OUTOFMEMORY", 0x8007_000E, winerror);
        add("HRESULT_FROM_WIN32(ERROR_INVALID_PRINTER_NAME)", 0x8007_0709, winerror + " (ERROR_INVALID_PRINTER_NAME = 1801)");
        String mq = "mq.h";
        add("OLE_E_BLANK", notifytck.spi.msmq.MsmqConstants.OLE_E_BLANK.value(), winerror);
        add("MQ_ERROR_INVALID_HANDLE", notifytck.spi.msmq.MsmqConstants.MQ_ERROR_INVALID_HANDLE.value(), mq);
        add("MQ_ERROR_OPERATION_CANCELLED", notifytck.spi.msmq.MsmqConstants.MQ_ERROR_OPERATION_CANCELLED.value(), mq);
        add("MQ_ERROR_IO_TIMEOUT", notifytck.spi.msmq.MsmqConstants.MQ_ERROR_IO_TIMEOUT.value(), mq);
        add("MQ_ERROR_ILLEGAL_CURSOR_ACTION", notifytck.spi.msmq.MsmqConstants.MQ_ERROR_ILLEGAL_CURSOR_ACTION.value(), mq);
        add("MQ_ERROR_ACCESS_DENIED", notifytck.spi.msmq.MsmqConstants.MQ_ERROR_ACCESS_DENIED.value(), mq);
        add("MQ_ERROR_MESSAGE_NOT_FOUND", notifytck.spi.msmq.MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND.value(),
                mq + " (the document misprints it as 0xC00E0008, which mq.h names MQ_ERROR_OPERATION_CANCELLED)");
        for (notifytck.spi.spooler.PrintAsyncNotifyError e : notifytck.spi.spooler.PrintAsyncNotifyError.values()) {
            add(e.name(), e.asError().value(), e.source());
            add(e.name(), e.asSuccess().value(), e.source());
        }
    }

    private static void add(String name, int value, String source) {
        Known k = new Known(name, HResult.of(value), source);
        BY_VALUE.computeIfAbsent(value, v -> new java.util.ArrayList<>()).add(k);
        BY_NAME_AND_SEVERITY.putIfAbsent(key(name, value < 0), k);
    }

    private static String key(String name, boolean error) {
        return name + (error ? "#error" : "#success");
    }

    public static java.util.List<Known> byValue(HResult h) {
        return BY_VALUE.getOrDefault(h.value(), java.util.List.of());
    }

    /** The documented code of this name and severity; empty when the kit does not know it. */
    public static Optional<Known> byName(String name, boolean error) {
        return Optional.ofNullable(BY_NAME_AND_SEVERITY.get(key(name, error)));
    }

    public static String describe(HResult h) {
        java.util.List<Known> names = byValue(h);
        if (names.isEmpty()) {
            return "unknown HRESULT " + h.hex();
        }
        return names.stream().map(k -> k.name() + " (" + k.source() + ")").collect(java.util.stream.Collectors.joining(" or "))
                + " [" + (h.failed() ? "error" : "success") + ", " + h.hex() + "]";
    }
}
