package notifytck.wire.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A program the kit starts, talking on its stdin and stdout. */
final class ProgramEndpoint implements Endpoint {
    private static final AtomicInteger STARTED = new AtomicInteger();
    private final List<String> command;

    ProgramEndpoint(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("--sut-command is empty");
        }
        this.command = List.copyOf(command);
    }

    /** Splits a command line as this platform's shell would (see {@link #split(String, boolean)}). */
    static List<String> split(String line) {
        return split(line, System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows"));
    }

    /**
     * Splits a command line into words: whitespace separates them, single and double quotes group.
     * A backslash escapes the next character as a POSIX shell has it; on Windows, where it separates
     * path names (C:\tools\impl.exe), it is kept, and escapes only a double quote.
     */
    static List<String> split(String line, boolean windows) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length() && (!windows || line.charAt(i + 1) == '"')) {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length() && (!windows || line.charAt(i + 1) == '"')) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("--sut-command has an unclosed " + quote + " quote: " + line);
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }

    @Override
    public Link open() throws IOException {
        Process p = new ProcessBuilder(command).start();
        StderrTail stderr = new StderrTail(p.getErrorStream(), Integer.toString(STARTED.incrementAndGet()));
        return new Link() {
            @Override
            public InputStream in() {
                return p.getInputStream();
            }

            @Override
            public OutputStream out() {
                return p.getOutputStream();
            }

            @Override
            public StderrTail stderr() {
                return stderr;
            }

            @Override
            public void destroy() {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }

            @Override
            public String fate(java.time.Duration wait) {
                try {
                    if (!p.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                        return "the program (pid " + p.pid() + ") is still running";
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "";
                }
                int code = p.exitValue();
                boolean posix = !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
                return posix && code > 128 && code < 160 ? "the program (pid " + p.pid() + ") exited with code " + code
                        + " (killed by signal " + (code - 128) + ")" : "the program (pid " + p.pid() + ") exited with code " + code;
            }
        };
    }

    @Override
    public String describe() {
        return String.join(" ", command);
    }
}
