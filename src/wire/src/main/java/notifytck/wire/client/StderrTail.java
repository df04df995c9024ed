package notifytck.wire.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Reads a program's stderr as it comes, so the program never blocks on a full pipe, and keeps its
 * last lines for failure messages. What one scenario writes is counted: past {@link #LIMIT} characters
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

    private final Thread drainer;

    StderrTail(InputStream in, String name) {
        drainer = new Thread(() -> drain(in), "notifytck-wire-stderr-" + name);
        drainer.setDaemon(true);
        drainer.start();
    }

    /** Reads in chunks, so a line that never ends (a progress bar, binary) costs at most LONGEST characters. */
    private void drain(InputStream in) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            StringBuilder line = new StringBuilder();
            boolean cut = false;
            int n;
            while ((n = r.read(buf)) >= 0) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c == '\n') {
                        keep(line.toString() + (cut ? "…" : ""));
                        line.setLength(0);
                        cut = false;
                    } else if (line.length() < LONGEST) {
                        line.append(c);
                    } else {
                        cut = true;
                    }
                }
                count(n);
            }
            if (line.length() > 0) {
                keep(line.toString() + (cut ? "…" : ""));
            }
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    private synchronized void keep(String line) {
        lines.addLast(line);
        if (lines.size() > KEPT) {
            lines.removeFirst();
            dropped++;
        }
    }

    private void count(int chars) {
        Consumer<String> flood = null;
        synchronized (this) {
            bytes += chars;
            if (bytes - markBytes > LIMIT) {
                flood = onFlood;
                markBytes = Long.MAX_VALUE / 2;
            }
        }
        if (flood != null) {
            flood.accept("the program wrote more than " + (LIMIT >> 20) + " MiB to stderr during one scenario");
        }
    }

    /** Waits, at most {@code max}, until the program's stderr has ended. */
    void awaitEnd(java.time.Duration max) {
        try {
            drainer.join(Math.max(1, max.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
