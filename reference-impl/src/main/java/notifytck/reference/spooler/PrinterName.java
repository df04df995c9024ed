package notifytck.reference.spooler;

import java.util.Locale;

/**
 * A printer or print server name reduced to the form two names compare by: Windows names are
 * case-insensitive, and a bare printer name means a printer on the caller's own machine, so both
 * are resolved before any lookup or match.
 *
 * @param machine the print server, folded
 * @param printer the printer, folded, or null when the name is the server itself
 */
record PrinterName(String machine, String printer) {

    /** Null when {@code raw} is not a well-formed name; whether it exists is the print servers' say. */
    static PrinterName parse(String raw, String callerMachine) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.startsWith("\\\\")) {
            String rest = raw.substring(2);
            int slash = rest.indexOf('\\');
            String server = slash < 0 ? rest : rest.substring(0, slash);
            if (!isSegment(server)) {
                return null;
            }
            if (slash < 0) {
                return new PrinterName(fold(server), null);
            }
            String printer = rest.substring(slash + 1);
            return isSegment(printer) ? new PrinterName(fold(server), fold(printer)) : null;
        }
        if (!isSegment(raw)) {
            return null;
        }
        String machine = machine(callerMachine);
        return machine == null ? null : new PrinterName(machine, fold(raw));
    }

    /** A machine name as callers and the kit give it, with or without the leading backslashes. */
    static String machine(String raw) {
        if (raw == null) {
            return null;
        }
        String bare = raw.startsWith("\\\\") ? raw.substring(2) : raw;
        return isSegment(bare) ? fold(bare) : null;
    }

    static String printer(String raw) {
        return raw != null && isSegment(raw) ? fold(raw) : null;
    }

    boolean isServer() {
        return printer == null;
    }

    @Override
    public String toString() {
        return "\\\\" + machine + (printer == null ? "" : "\\" + printer);
    }

    private static boolean isSegment(String s) {
        return !s.isBlank() && s.indexOf('\\') < 0;
    }

    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
