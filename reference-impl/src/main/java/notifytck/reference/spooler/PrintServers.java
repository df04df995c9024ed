package notifytck.reference.spooler;

import java.util.concurrent.ConcurrentHashMap;

/** The machines the system has, so a name can be told apart from an unknown printer or server. */
final class PrintServers {
    private final ConcurrentHashMap<String, PrintServer> byMachine = new ConcurrentHashMap<>();

    /** Creates the machine on first use; {@code printer} null installs the server alone. */
    void install(String machine, String printer) {
        String m = PrinterName.machine(machine);
        if (m == null) {
            throw new IllegalArgumentException("not a machine name: " + quoted(machine));
        }
        String p = null;
        if (printer != null) {
            p = PrinterName.printer(printer);
            if (p == null) {
                throw new IllegalArgumentException("not a printer name: " + quoted(printer));
            }
        }
        PrintServer server = byMachine.computeIfAbsent(m, k -> new PrintServer());
        if (p != null) {
            server.install(p);
        }
    }

    boolean exists(PrinterName name) {
        PrintServer server = byMachine.get(name.machine());
        return server != null && (name.isServer() || server.has(name.printer()));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
