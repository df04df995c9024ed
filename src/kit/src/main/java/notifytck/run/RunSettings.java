package notifytck.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import notifytck.spi.NotificationImplementation;

/**
 * Everything one conformance run needs. The command line builds it from options; the kit's own
 * tests build it directly.
 *
 * @param implementation the implementation to judge
 * @param features       the rules: the kit's own, or a local copy
 * @param select         a tag expression; empty selects everything
 * @param baseline       a file of expected failures, if any
 * @param tries          jqwik tries per property
 * @param timeouts       the kit's waits, by system property name (see {@link #TIMEOUTS}); missing ones keep their defaults
 * @param out            where reports go; empty writes none (the verdict is still returned)
 * @param terminal       where progress and the summary go; null prints nothing
 * @param parallel       how many scenarios run at once, each on its own instance (1: one at a time)
 */
public record RunSettings(NotificationImplementation implementation, FeatureSet features, String select, Optional<Path> baseline,
                          int tries, Map<String, String> timeouts, Optional<Path> out, PrintStream terminal, int parallel) {
    /** The timeouts a run may set, with their defaults in milliseconds (kept in step with notifytck.kit.Timeouts and MsmqTime). */
    public static final Map<String, Long> TIMEOUTS;

    static {
        Map<String, Long> t = new LinkedHashMap<>();
        t.put("notifytck.timeout.eventually", 5_000L);
        t.put("notifytck.timeout.quiet", 500L);
        t.put("notifytck.timeout.call", 5_000L);
        t.put("notifytck.timeout.hold", 10_000L);
        t.put("notifytck.timeout.start", 30_000L);
        t.put("notifytck.msmq.early", 50L);
        t.put("notifytck.msmq.late", 1_000L);
        // How long a failing property may shrink its sequence (jqwik counts whole seconds; under one, it is not shrunk).
        t.put("notifytck.timeout.shrink", 10_000L);
        TIMEOUTS = java.util.Collections.unmodifiableMap(t);
    }

    public static final int DEFAULT_TRIES = 25;
    /** Scenarios at once: chosen by the run (see {@link #parallelFor}). */
    public static final int AUTO_PARALLEL = 0;
    public static final int DEFAULT_PARALLEL = AUTO_PARALLEL;
    /** The most scenarios at once (each is an instance of the implementation and a thread of the kit's). */
    public static final int MAX_PARALLEL = 256;

    /**
     * The parallelism an automatic setting comes to. Most of a scenario's time is spent waiting:
     * briefly for callbacks when the implementation can quiesce (a few scenarios per core is
     * enough), and out whole quiet windows when it cannot, where many at once hide the waiting.
     */
    public static int parallelFor(boolean everySelectedMechanismQuiesces) {
        int cores = Runtime.getRuntime().availableProcessors();
        // Without quiesce nearly every scenario waits out one to three quiet windows, so as many as
        // can start at once should: on 2 cores 256 at once was the fastest of 64, 128, 192 and 256.
        return everySelectedMechanismQuiesces ? Math.max(4, 2 * cores) : Math.min(MAX_PARALLEL, Math.max(64, 128 * cores));
    }

    /**
     * The same over the wire, where every scenario at once is a program session (a process of its
     * own for --sut-command): one per core with quiesce, since a process's warm-up costs more than
     * the scenarios save by overlapping; a few per core without, to hide the quiet windows.
     */
    public static int parallelForWire(boolean everySelectedMechanismQuiesces) {
        int cores = Runtime.getRuntime().availableProcessors();
        return everySelectedMechanismQuiesces ? Math.max(2, cores) : Math.max(8, 4 * cores);
    }

    public RunSettings {
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(features, "features");
        select = select == null ? "" : select;
        timeouts = Map.copyOf(timeouts);
        for (Map.Entry<String, String> e : timeouts.entrySet()) {
            if (!TIMEOUTS.containsKey(e.getKey())) {
                throw new ConfigurationError("unknown timeout " + e.getKey() + " (known: " + TIMEOUTS.keySet() + ")");
            }
            try {
                if (Long.parseLong(e.getValue().strip()) <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException bad) {
                throw new ConfigurationError("timeout " + e.getKey() + " must be a positive number of milliseconds, was '" + e.getValue() + "'");
            }
        }
        if (tries < 1) {
            throw new ConfigurationError("--tries must be at least 1, was " + tries);
        }
        if (parallel < 0 || parallel > MAX_PARALLEL) {
            throw new ConfigurationError("--parallel must be from 1 to " + MAX_PARALLEL + " (or 0 for automatic), was " + parallel);
        }
    }

    /** The reference settings for an in-process run: everything selected, default tries, no reports. */
    public static RunSettings of(NotificationImplementation implementation) {
        return new RunSettings(implementation, FeatureSet.embedded(), "", Optional.empty(), DEFAULT_TRIES, Map.of(), Optional.empty(), null,
                DEFAULT_PARALLEL);
    }

    public RunSettings withSelect(String s) {
        return new RunSettings(implementation, features, s, baseline, tries, timeouts, out, terminal, parallel);
    }

    public RunSettings withTimeouts(Map<String, String> t) {
        return new RunSettings(implementation, features, select, baseline, tries, t, out, terminal, parallel);
    }

    public RunSettings withOut(Path dir) {
        return new RunSettings(implementation, features, select, baseline, tries, timeouts, Optional.of(dir), terminal, parallel);
    }

    public RunSettings withBaseline(Path file) {
        return new RunSettings(implementation, features, select, Optional.of(file), tries, timeouts, out, terminal, parallel);
    }

    public RunSettings withTries(int n) {
        return new RunSettings(implementation, features, select, baseline, n, timeouts, out, terminal, parallel);
    }

    public RunSettings withParallel(int n) {
        return new RunSettings(implementation, features, select, baseline, tries, timeouts, out, terminal, n);
    }

    /** Every timeout as this run uses it, defaults included. */
    public Map<String, Long> effectiveTimeouts() {
        Map<String, Long> all = new LinkedHashMap<>(TIMEOUTS);
        timeouts.forEach((k, v) -> all.put(k, Long.parseLong(v.strip())));
        return all;
    }
}
