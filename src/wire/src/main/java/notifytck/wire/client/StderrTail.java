package notifytck.wire.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Reads a program's stderr as it comes, so the program never blocks on a full pipe, and keeps its
 * last lines for failure messages. What one scenario writes is counted: past {@link #LIMIT} bytes
 * the program is flooding, and the scenario is told.
 */
final class StderrTail {
    /** Lines kept for a failure message. */
    static final int KEPT = 40;
    /** Bytes of stderr one scenario may cause before it counts as a flood. */
    static final long LIMIT = notifytck.wire.Limits.STDERR_BYTES_PER_SCENARIO;
    private static final int LONGEST = 2000;

    private final Deque<String> lines = new ArrayDeque<>();
    private long bytes;
    private long dropped;
    private long markBytes;
    private volatile Consumer<String> onFlood = s -> {};

    StderrTail(InputStream in, String name) {
        Thread t = new Thread(() -> drain(in), "notifytck-wire-stderr-" + name);
        t.setDaemon(true);
        t.start();
    }

    private void drain(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Consumer<String> flood = null;
                synchronized (this) {
                    bytes += line.length() + 1;
                    lines.addLast(line.length() > LONGEST ? line.substring(0, LONGEST) + "…" : line);
                    if (lines.size() > KEPT) {
                        lines.removeFirst();
                        dropped++;
                    }
                    if (bytes - markBytes > LIMIT) {
                        flood = onFlood;
                        markBytes = Long.MAX_VALUE / 2;
                    }
                }
                if (flood != null) {
                    flood.accept("the program wrote more than " + (LIMIT >> 20) + " MiB to stderr during one scenario");
                }
            }
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    /** Starts counting a new scenario's stderr; {@code flood} is told if it writes too much. */
    synchronized void mark(Consumer<String> flood) {
        markBytes = bytes;
        onFlood = flood;
    }

    /** The last lines, newest last, with how many came before them. */
    synchronized String tail(int max) {
        StringBuilder b = new StringBuilder();
        int skip = Math.max(0, lines.size() - max);
        long before = dropped + skip;
        if (before > 0) {
            b.append("    (").append(before).append(" earlier lines not shown)\n");
        }
        int i = 0;
        for (String l : lines) {
            if (i++ >= skip) {
                b.append("    ").append(l).append('\n');
            }
        }
        return b.toString();
    }

    synchronized long bytes() {
        return bytes;
    }
}
