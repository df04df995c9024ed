package notifytck.wire.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.wire.Hello;
import notifytck.wire.WireSetupError;

/**
 * An implementation the kit reaches over the wire: a program it starts ({@code --sut-command}) or
 * one it connects to ({@code --sut-connect}). Each scenario's instance is a start/stop pair on a
 * session of its own: a session serves one instance at a time, so scenarios that run side by side
 * use one process each and a crash touches only the scenario on it. A session that broke is thrown
 * away and the next scenario gets a new one; a program that declares {@code freshProcess} gets a new
 * one every time.
 */
public final class WireImplementation implements NotificationImplementation, AutoCloseable {
    private final Endpoint endpoint;
    private final Duration answerLimit;
    private final Duration startLimit;
    private final Hello hello;
    private final Deque<Session> idle = new ArrayDeque<>();
    private final Set<Session> all = new HashSet<>();
    private final AtomicInteger opened = new AtomicInteger();
    /** Each session thrown away because it broke, with what to say of it (read late: the program's fate comes after). */
    private final List<java.util.function.Supplier<String>> discarded = new ArrayList<>();
    private final List<String> strays = new ArrayList<>();
    private long strayCount;
    /** Messages by type, both directions, over every session: which parts of the protocol a run used. */
    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> tally = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean closed;

    /**
     * How long a program may take to start and answer hello when the caller names no start limit:
     * 0.9 of the kit's default start deadline, for the same reason the answer limit is under the call
     * deadline. A program that dies while starting is found at once, by its end of stream.
     */
    public static final Duration DEFAULT_START_LIMIT = Duration.ofMillis(27_000);

    private WireImplementation(Endpoint endpoint, Duration answerLimit, Duration startLimit) {
        this.endpoint = endpoint;
        this.answerLimit = answerLimit;
        this.startLimit = startLimit.compareTo(answerLimit) < 0 ? answerLimit : startLimit;
        Session first = open();
        this.hello = first.hello();
        release(first, true);
    }

    /**
     * A program started with {@code commandLine} (split as a shell splits words). {@code answerLimit}
     * is how long the kit waits for any one reply; make it shorter than the kit's call deadline so the
     * wire, which knows more, reports a silent program first.
     */
    public static WireImplementation command(String commandLine, Duration answerLimit) {
        return command(commandLine, answerLimit, DEFAULT_START_LIMIT);
    }

    /** As {@link #command(String, Duration)}, with {@code startLimit} for the launch and hello (never under the answer limit). */
    public static WireImplementation command(String commandLine, Duration answerLimit, Duration startLimit) {
        List<String> words;
        try {
            words = ProgramEndpoint.split(commandLine);
        } catch (IllegalArgumentException e) {
            throw new WireSetupError(e.getMessage());
        }
        if (words.isEmpty()) {
            throw new WireSetupError("--sut-command is empty");
        }
        return new WireImplementation(new ProgramEndpoint(words), answerLimit, startLimit);
    }

    /** Splits a command line into words as a shell would (quotes, backslashes), without running a shell. */
    public static List<String> words(String line) {
        return ProgramEndpoint.split(line);
    }

    /** A program started with exactly these words (no splitting, no shell). */
    public static WireImplementation command(List<String> words, Duration answerLimit) {
        return command(words, answerLimit, DEFAULT_START_LIMIT);
    }

    /** As {@link #command(List, Duration)}, with {@code startLimit} for the launch and hello. */
    public static WireImplementation command(List<String> words, Duration answerLimit, Duration startLimit) {
        if (words.isEmpty()) {
            throw new WireSetupError("the program's command is empty");
        }
        return new WireImplementation(new ProgramEndpoint(words), answerLimit, startLimit);
    }

    /** A program listening at {@code hostPort}; each session is one TCP connection. */
    public static WireImplementation connect(String hostPort, Duration answerLimit) {
        return connect(hostPort, answerLimit, DEFAULT_START_LIMIT);
    }

    /** As {@link #connect(String, Duration)}, with {@code startLimit} for connecting and hello. */
    public static WireImplementation connect(String hostPort, Duration answerLimit, Duration startLimit) {
        TcpEndpoint e;
        try {
            e = new TcpEndpoint(hostPort);
        } catch (IllegalArgumentException ex) {
            throw new WireSetupError(ex.getMessage());
        }
        return new WireImplementation(e, answerLimit, startLimit);
    }

    private Session open() {
        Session s = Session.open(endpoint, answerLimit, startLimit, this::stray, this::count);
        opened.incrementAndGet();
        synchronized (this) {
            all.add(s);
        }
        if (hello != null && !sameDeclaration(hello, s.hello())) {
            s.destroy();
            synchronized (this) {
                all.remove(s);
            }
            throw new IllegalStateException("the program declared " + s.hello() + " this time, and " + hello + " at first");
        }
        return s;
    }

    private static boolean sameDeclaration(Hello a, Hello b) {
        return a.name().equals(b.name()) && Set.copyOf(a.mechanisms()).equals(Set.copyOf(b.mechanisms()))
                && Set.copyOf(a.controls()).equals(Set.copyOf(b.controls()));
    }

    @Override
    public String name() {
        return hello.name();
    }

    @Override
    public String version() {
        return hello.version();
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.copyOf(hello.mechanisms()), Set.copyOf(hello.controls()));
    }

    @Override
    public String platform() {
        return hello.platform() == null ? "" : hello.platform();
    }

    @Override
    public boolean instancesRunSideBySide() {
        return hello.sideBySide();
    }

    @Override
    public SystemUnderTest start() {
        Session s = null;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the wire implementation is closed");
            }
            while (!idle.isEmpty() && s == null) {
                Session candidate = idle.poll();
                if (candidate.healthy()) {
                    s = candidate;
                } else {
                    forget(candidate, "broke between scenarios: ");
                }
            }
        }
        if (s == null) {
            s = open();
        }
        try {
            s.startInstance();
        } catch (RuntimeException e) {
            forget(s, "start failed (" + e.getMessage() + "): ");
            throw e;
        }
        return new WireSut(s, this);
    }

    /** Takes a session back after its instance stopped. */
    void release(Session s, boolean reusable) {
        boolean keep = reusable && s.healthy() && !hello().freshProcess();
        synchronized (this) {
            if (keep && !closed) {
                idle.push(s);
                return;
            }
        }
        forget(s, null);
    }

    private Hello hello() {
        return hello;
    }

    /** Ends a session; one that broke is listed, {@code context} (may be null) saying when it broke. */
    private void forget(Session s, String context) {
        // A session that broke, or whose stop failed, is listed; a session merely not reused is not.
        boolean noteworthy = !s.healthy() || !s.incidents().isEmpty();
        s.destroy();
        synchronized (this) {
            all.remove(s);
            if (noteworthy) {
                discarded.add(() -> (context == null ? "" : context) + String.join("; ", s.incidents()));
            }
        }
    }

    /** How many program sessions were opened (processes started, or connections made), the first one included. */
    public int sessionsOpened() {
        return opened.get();
    }

    private void count(String type) {
        tally.computeIfAbsent(type, k -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /** How many messages of each type went over the wire so far (requests the kit sent, callbacks it received). */
    public java.util.Map<String, Long> messagesByType() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        tally.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private synchronized void stray(String what) {
        strayCount++;
        if (strays.size() < 5) {
            strays.add(what);
        }
    }

    /**
     * What went wrong outside any one scenario's checks: each session that broke and was thrown
     * away (the scenario it broke in failed with the same words), and each callback the program
     * made after the instance it belonged to was stopped.
     */
    public synchronized List<String> incidents() {
        List<String> out = new ArrayList<>(discarded.stream().map(java.util.function.Supplier::get).toList());
        if (strayCount > strays.size()) {
            out.add((strayCount - strays.size()) + " more callbacks after stop, not listed");
        }
        out.addAll(strays);
        return out;
    }

    /** Where the program is, for the verdict's header. */
    public String endpoint() {
        return endpoint.describe();
    }

    @Override
    public void close() {
        List<Session> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(all);
            all.clear();
            idle.clear();
        }
        // Every program's stdin closes at once; together they get half a second to exit before the rest are killed.
        long end = System.nanoTime() + java.time.Duration.ofMillis(500).toNanos();
        left.forEach(s -> s.endGently(end));
    }
}
