package notifytck.selftest.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import notifytck.run.ConformanceRun;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
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
     * The Java reference served over stdin/stdout by Serve, in a JVM of its own. C1 only and the
     * serial collector: a served process lives for a few scenarios, where warm-up is what costs.
     */
    static String servedReference(String implementationClass) {
        return quote(java()) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + quote(System.getProperty("java.class.path"))
                + " notifytck.wire.serve.Serve --sut " + implementationClass;
    }

    static String servedReference() {
        return servedReference("notifytck.reference.ReferenceImplementation");
    }

    /** The Python example of src/examples. */
    static String pythonExample() {
        return "python3 " + quote(notifytck.selftest.Reports.projectRoot().resolve("src/examples/python-msmq/msmq_sut.py").toString());
    }

    /** {@code program} behind the misbehaving relay of the test resources. */
    static String misbehaving(String mode, int startNumber, String requestType, Path marker, String program) {
        Path script = notifytck.selftest.Reports.projectRoot().resolve("src/selftest/src/test/resources/wire/misbehave.py");
        return "python3 " + quote(script.toString()) + " " + mode + " " + startNumber + " " + requestType + " " + quote(marker.toString())
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

    static Verdict run(NotificationImplementation impl, String select, int parallel, Map<String, String> timeouts) {
        RunSettings s = RunSettings.of(impl).withSelect(select).withTimeouts(timeouts).withTries(TRIES);
        return ConformanceRun.run(parallel > 0 ? s.withParallel(parallel) : s);
    }
}
