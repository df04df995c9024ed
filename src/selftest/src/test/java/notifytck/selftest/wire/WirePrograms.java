package notifytck.selftest.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import notifytck.run.ConformanceRun;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
import notifytck.selftest.ChildJvm;
import notifytck.spi.NotificationImplementation;

/** The programs the wire tests judge, and how they are run. */
final class WirePrograms {
    private WirePrograms() {}

    /** The self-test's short waits: a hung program is found in about a second. */
    static final Map<String, String> TIMEOUTS = Map.of(
            "notifytck.timeout.eventually", "2000",
            "notifytck.timeout.call", "2000",
            "notifytck.timeout.hold", "3000",
            "notifytck.timeout.quiet", "300");
    /** The wire's answer limit under those timeouts: 0.9 of the call deadline, as the command line sets it. */
    static final Duration ANSWER = Duration.ofMillis(1800);

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The Java reference served over stdin/stdout by Serve, in a JVM of its own, started as
     * {@link ChildJvm} starts every short-lived JVM on the jar: a served process lives for a few
     * scenarios, where starting is what costs.
     */
    static String servedReference(String implementationClass) {
        // The jar first, so the child maps the classes of ChildJvm's archive; the test class path after it brings the variants.
        String classPath = ChildJvm.JAR.toAbsolutePath() + java.io.File.pathSeparator + System.getProperty("java.class.path");
        return quote(java()) + " " + ChildJvm.options().stream().map(WirePrograms::quote).collect(java.util.stream.Collectors.joining(" "))
                + " -cp " + quote(classPath)
                + " notifytck.wire.serve.Serve --sut " + implementationClass;
    }

    static String servedReference() {
        return servedReference("notifytck.reference.ReferenceImplementation");
    }

    /**
     * The Python interpreter that "python3" names on this machine, found once. Through a version
     * manager's shim (pyenv here) every start of "python3" runs a few shell scripts first, about half a
     * second of CPU each; the wire tests start some fifty Python programs.
     */
    static String python() {
        return Python.EXECUTABLE;
    }

    private static final class Python {
        static final String EXECUTABLE = find();

        private static String find() {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                if (p.waitFor() == 0 && !out.isEmpty() && Files.isExecutable(Path.of(out))) {
                    return quote(out);
                }
            } catch (java.io.IOException e) {
                // No python3 at all: the tests that need it fail naming "python3", as they would have.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "python3";
        }
    }

    /** The Python example of src/examples. */
    static String pythonExample() {
        return python() + " " + quote(notifytck.selftest.Reports.projectRoot().resolve("src/examples/python-msmq/msmq_sut.py").toString());
    }

    /** {@code program} behind the misbehaving relay of the test resources. */
    static String misbehaving(String mode, int startNumber, String requestType, Path marker, String program) {
        Path script = notifytck.selftest.Reports.projectRoot().resolve("src/selftest/src/test/resources/wire/misbehave.py");
        return python() + " " + quote(script.toString()) + " " + mode + " " + startNumber + " " + requestType + " " + quote(marker.toString())
                + " -- " + program;
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static Verdict run(NotificationImplementation impl, String select, int parallel) {
        return run(impl, select, parallel, TIMEOUTS);
    }

    /**
     * Tries per property in the wire tests: they show that the wire carries every message a property
     * sends, in and out, not how hard the properties look (the in-process runs do that, at the
     * default); a model property's try is four sequences of up to 60 actions, each action a round trip.
     */
    static final int TRIES = 5;

    /**
     * Scenarios that repeat a race hundreds of times to hit it are left out of the wire tests for the
     * same reason (each round is a dozen round trips); the in-process runs judge them.
     */
    static final String WITHOUT_MANY_ROUNDS = "not @many-rounds";

    static Verdict run(NotificationImplementation impl, String select, int parallel, Map<String, String> timeouts) {
        String selected = select == null || select.isBlank() ? WITHOUT_MANY_ROUNDS : "(" + select + ") and " + WITHOUT_MANY_ROUNDS;
        RunSettings s = RunSettings.of(impl).withSelect(selected).withTimeouts(timeouts).withTries(TRIES);
        return ConformanceRun.run(parallel > 0 ? s.withParallel(parallel) : s);
    }
}
