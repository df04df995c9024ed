package notifytck.reference.spooler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One machine's spooler: which print queues it has (its name is its key in {@link PrintServers}). */
final class PrintServer {
    private final Set<String> printers = ConcurrentHashMap.newKeySet();

    void install(String foldedPrinter) {
        printers.add(foldedPrinter);
    }

    boolean has(String foldedPrinter) {
        return printers.contains(foldedPrinter);
    }
}
