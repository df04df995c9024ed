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

    private static final Map<Integer, Known> BY_VALUE = new LinkedHashMap<>();
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
        for (notifytck.spi.spooler.PrintAsyncNotifyError e : notifytck.spi.spooler.PrintAsyncNotifyError.values()) {
            add(e.name(), e.asError().value(), e.source());
            add(e.name(), e.asSuccess().value(), e.source());
        }
    }

    private static void add(String name, int value, String source) {
        Known k = new Known(name, HResult.of(value), source);
        BY_VALUE.putIfAbsent(value, k);
        BY_NAME_AND_SEVERITY.putIfAbsent(key(name, value < 0), k);
    }

    private static String key(String name, boolean error) {
        return name + (error ? "#error" : "#success");
    }

    public static Optional<Known> byValue(HResult h) {
        return Optional.ofNullable(BY_VALUE.get(h.value()));
    }

    /** The documented code of this name and severity; empty when the kit does not know it. */
    public static Optional<Known> byName(String name, boolean error) {
        return Optional.ofNullable(BY_NAME_AND_SEVERITY.get(key(name, error)));
    }

    public static String describe(HResult h) {
        return byValue(h)
                .map(k -> k.name() + " (" + (h.failed() ? "error" : "success") + ", " + h.hex() + ", " + k.source() + ")")
                .orElse("unknown HRESULT " + h.hex());
    }
}
