package notifytck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import notifytck.report.Reports;
import notifytck.run.Baseline;
import notifytck.run.ConfigurationError;
import notifytck.run.ConformanceRun;
import notifytck.run.ExitCode;
import notifytck.run.FeatureSet;
import notifytck.run.KitInfo;
import notifytck.run.ReportsNotWritten;
import notifytck.run.RunSettings;
import notifytck.run.TerminalSummary;
import notifytck.run.Verdict;
import notifytck.spi.NotificationImplementation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar notify-tck.jar}: judge an implementation against the five documents' rules. */
@Command(name = "notify-tck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        subcommands = MatrixCommand.class,
        usageHelpWidth = 100,
        description = {"Runs the conformance suite (scenarios and properties) against an implementation of Windows notification",
                "mechanisms and writes the verdict. A Java implementation is named with --sut and --sut-classpath; a program in",
                "any language with --sut-command or --sut-connect (the wire protocol). Without any of them it judges the",
                "embedded reference implementation."},
        footerHeading = "%nSelection examples (Cucumber tag expressions):%n",
        footer = {
                "  --select @msmq                               one mechanism (@spooler @msmq @rpc @fax)",
                "  --select @notification-channel               one document (its feature file's name)",
                "  --select \"@REQ-SPOOL-CHAN-007 or @REQ-SPOOL-CHAN-008\"   rules by ID",
                "  --select \"@must and not @ambiguous\"          levels (@must @must-not @should @may @behaviour @caller-obligation)",
                "  --select \"@rpc and not @property\"            scenarios only (@scenario, @property, or a property class name)",
                "",
                "Exit codes:",
                "  0  every selected, applicable rule passed, or failed exactly as the baseline expects",
                "  1  at least one unexpected failure, an unexpected pass of a baselined rule, or an incident (verdict.json's",
                "     incidents: a broken wire session, threads left running, callbacks after close)",
                "  2  usage or configuration error, found before any scenario ran",
                "  3  the kit itself broke",
                "",
                "Reports in --out: verdict.json (schema: notifytck/run/verdict.schema.json in this jar), junit.xml,",
                "traceability.tsv, allure-results/."})
public final class Main implements Callable<Integer> {
    @Option(names = "--sut", paramLabel = "<class>", description = "the NotificationImplementation class to judge (public, no-argument constructor)")
    String sut;

    @Option(names = "--sut-classpath", paramLabel = "<jar or dir>", split = ",",
            description = "where the implementation and its dependencies are (comma separated, or repeated); without --sut, its one ServiceLoader provider is judged")
    List<String> sutClasspath = new ArrayList<>();

    @Option(names = "--sut-command", paramLabel = "\"<program> <args>\"",
            description = "judge a program in any language that speaks the wire protocol (docs/protocol.md) on its stdin and stdout")
    String sutCommand;

    @Option(names = "--sut-connect", paramLabel = "<host>:<port>",
            description = "judge a program that speaks the wire protocol over TCP; each connection is one session")
    String sutConnect;

    @Option(names = "--isolate",
            description = "run the Java implementation (--sut, --sut-classpath) in a JVM of its own, reached over the wire: one that calls System.exit, exhausts memory or crashes its JVM then fails a scenario instead of ending the run")
    boolean isolate;

    @Option(names = "--isolate-jvm", paramLabel = "\"<options>\"",
            description = "options for the JVM of --isolate, e.g. \"-Xmx512m\" (split as a shell splits words)")
    String isolateJvm;

    @Option(names = "--select", paramLabel = "<tag expression>", description = "which rules, scenarios and properties to run (default: all)")
    String select = "";

    @Option(names = "--out", paramLabel = "<dir>", description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path out = Path.of("reports");


    @Option(names = "--baseline", paramLabel = "<file>", description = "expected failures: lines of 'RULE-ID | reason [| link]'")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "<file>", description = "after the run, write a baseline of its failures")
    Path writeBaseline;

    @Option(names = "--tries", paramLabel = "<n>", description = "tries per property (default: ${DEFAULT-VALUE})")
    int tries = RunSettings.DEFAULT_TRIES;

    @Option(names = "--parallel", paramLabel = "<n>",
            description = "scenarios at once, each on its own instance (default 0: chosen from the cores, whether the implementation can quiesce, and whether it is reached over the wire, where each is a session; 1 runs them one at a time)")
    int parallel = RunSettings.DEFAULT_PARALLEL;

    @Option(names = "--features", paramLabel = "<dir>", description = "run a local copy of the features instead of the embedded ones")
    Path features;

    @Option(names = "--timeout-eventually", paramLabel = "<ms>", description = "how long something that must happen may take (default 5000)")
    Long eventually;

    @Option(names = "--timeout-quiet", paramLabel = "<ms>", description = "how long to watch for something that must not happen, without quiesce (default 500)")
    Long quiet;

    @Option(names = "--timeout-call", paramLabel = "<ms>", description = "how long one call may take before it counts as hung (default 5000)")
    Long call;

    @Option(names = "--timeout-start", paramLabel = "<ms>",
            description = "how long starting an instance may take, over the wire the program's launch and hello included (default 30000)")
    Long start;

    @Option(names = "--timeout-hold", paramLabel = "<ms>", description = "how long a callback the kit holds waits to be let go (default 10000)")
    Long hold;

    @Option(names = "--msmq-early", paramLabel = "<ms>", description = "real time: how early before a timeout's due time the kit stops watching (default 50)")
    Long msmqEarly;

    @Option(names = "--msmq-late", paramLabel = "<ms>", description = "real time: how long after its due time an event may still come (default 1000)")
    Long msmqLate;

    @Option(names = "--timeout-shrink", paramLabel = "<ms>",
            description = "how long a failing property may shrink its action sequence (default 10000; jqwik counts whole seconds, under 1000 it does not shrink)")
    Long shrink;

    @Option(names = "--history-max", paramLabel = "<n>",
            description = "events one scenario's history keeps; more is a flood, which fails the scenario with the count (default 10000)")
    Integer historyMax;

    @Option(names = "--quiet", description = "print only the summary, no progress")
    boolean quietTerminal;

    private PrintStream stdout = System.out;

    PrintStream stdout() {
        return stdout;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit code; the jar's main exits with it. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        Main main = new Main();
        main.stdout = stdout;
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ex, a) -> {
            stderr.println("notify-tck: " + ex.getMessage());
            stderr.println("Try 'java -jar notify-tck.jar --help'.");
            return ExitCode.CONFIGURATION.code();
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof ConfigurationError) {
                stderr.println("notify-tck: " + ex.getMessage());
                return ExitCode.CONFIGURATION.code();
            }
            if (ex instanceof ReportsNotWritten) {
                stderr.println("notify-tck: the kit itself broke: the run was judged, but " + ex.getMessage());
                return ExitCode.KIT_BROKE.code();
            }
            stderr.println("notify-tck: the kit itself broke: " + ex);
            ex.printStackTrace(stderr);
            return ExitCode.KIT_BROKE.code();
        });
        String[] given = selectionsKeptLiteral(args);
        for (String a : given) {
            // "@file" names a file of options (the nightly script passes its options so). Picocli reads one that
            // exists and prints a stack trace when it cannot; bad input gets one line and exit 2 instead.
            if (a.startsWith("@") && !a.startsWith("@@") && a.length() > 1) {
                java.nio.file.Path file = java.nio.file.Path.of(a.substring(1));
                if (java.nio.file.Files.exists(file) && !(java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.isReadable(file))) {
                    stderr.println("notify-tck: cannot read the file of options " + a + ": " + file.toAbsolutePath() + " is not a readable file");
                    return ExitCode.CONFIGURATION.code();
                }
            }
        }
        return cl.execute(given);
    }

    /**
     * A selection is a tag expression and starts with @, which picocli would read as a file of
     * options when a file or folder of that name happens to be in the working folder ("--select
     * @msmq" beside a folder msmq). Its own escape, a doubled @, keeps the selection as given.
     */
    static String[] selectionsKeptLiteral(String[] args) {
        String[] out = args.clone();
        for (int i = 1; i < out.length; i++) {
            if ("--select".equals(args[i - 1]) && out[i].startsWith("@")) {
                out[i] = "@" + out[i];
            }
        }
        return out;
    }

    @Override
    public Integer call() throws IOException {
        out = out.normalize();
        baseline = baseline == null ? null : baseline.normalize();
        FeatureSet featureSet = features == null ? FeatureSet.embedded() : FeatureSet.directory(features);
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new ConfigurationError("--baseline " + baseline + ": no such file");
        }
        if (writeBaseline != null && Files.isDirectory(writeBaseline)) {
            throw new ConfigurationError("--write-baseline " + writeBaseline + ": is a folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ConfigurationError("--out " + out + ": exists and is not a folder");
        }
        try {
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".notify-tck", ".probe"));
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationError("--out " + out + ": cannot write there (" + e + ")");
        }
        if (isolateJvm != null && !isolate) {
            throw new ConfigurationError("--isolate-jvm gives options to the JVM of --isolate; add --isolate");
        }
        try (WireSource wire = WireSource.of(sutCommand, sutConnect, isolate, isolateJvm, sut, sutClasspath, call, start)) {
            return judge(wire.implementation().orElseGet(() -> ImplementationSource.load(sut, sutClasspath)), featureSet);
        }
    }

    private int judge(NotificationImplementation impl, FeatureSet featureSet) throws IOException {
        RunSettings settings = new RunSettings(impl, featureSet, select, Optional.ofNullable(baseline), tries, timeouts(),
                Optional.of(out), quietTerminal ? null : stdout, parallel);
        if (historyMax != null && historyMax < 1) {
            throw new ConfigurationError("--history-max must be at least 1, was " + historyMax);
        }
        String savedMax = System.getProperty(notifytck.kit.History.MAX_PROPERTY);
        if (historyMax != null) {
            System.setProperty(notifytck.kit.History.MAX_PROPERTY, historyMax.toString());
        }
        // In process nothing can stop an implementation from ending the JVM; at least it must not end silently.
        PrintStream err = System.err;
        Thread unexpectedEnd = new Thread(() -> {
            err.println("notify-tck: the JVM is ending in the middle of the run (the implementation called System.exit or Runtime.halt,"
                    + " or the process was signalled); no verdict was written. Judge it with --isolate to keep the run going.");
            err.flush();
        }, "notifytck-unexpected-end");
        Runtime.getRuntime().addShutdownHook(unexpectedEnd);
        Verdict v;
        try {
            v = ConformanceRun.run(settings);
        } catch (ReportsNotWritten e) {
            // Show what was found before saying what could not be kept.
            TerminalSummary.summary(stdout, e.verdict(), null);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(unexpectedEnd);
            } catch (IllegalStateException alreadyEnding) {
                // the JVM is shutting down: the hook says so
            }
            if (savedMax == null) {
                System.clearProperty(notifytck.kit.History.MAX_PROPERTY);
            } else {
                System.setProperty(notifytck.kit.History.MAX_PROPERTY, savedMax);
            }
        }
        if (writeBaseline != null) {
            Path parent = writeBaseline.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            List<String> existing = Files.isRegularFile(writeBaseline) ? Files.readAllLines(writeBaseline, StandardCharsets.UTF_8) : List.of();
            Files.write(writeBaseline, Baseline.linesFor(v.implementation().title(), v.rules(), existing), StandardCharsets.UTF_8);
            stdout.println("Baseline written: " + writeBaseline);
        }
        TerminalSummary.summary(stdout, v, out);
        return v.exit().code();
    }

    private Map<String, String> timeouts() {
        Map<String, String> t = new LinkedHashMap<>();
        put(t, "notifytck.timeout.eventually", eventually, "--timeout-eventually");
        put(t, "notifytck.timeout.quiet", quiet, "--timeout-quiet");
        put(t, "notifytck.timeout.call", call, "--timeout-call");
        put(t, "notifytck.timeout.hold", hold, "--timeout-hold");
        put(t, "notifytck.timeout.start", start, "--timeout-start");
        put(t, "notifytck.msmq.early", msmqEarly, "--msmq-early");
        put(t, "notifytck.msmq.late", msmqLate, "--msmq-late");
        put(t, "notifytck.timeout.shrink", shrink, "--timeout-shrink");
        return t;
    }

    private static void put(Map<String, String> t, String key, Long value, String option) {
        if (value != null) {
            if (value <= 0) {
                throw new ConfigurationError(option + " must be a positive number of milliseconds, was " + value);
            }
            t.put(key, String.valueOf(value));
        }
    }

    /** The kit's version and commit, as stamped at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            KitInfo k = KitInfo.current();
            return new String[] {"notify-tck " + k.version() + " (commit " + k.commit() + ")", "reports: " + Reports.VERDICT + " format "
                    + notifytck.report.VerdictJson.FORMAT};
        }
    }
}
