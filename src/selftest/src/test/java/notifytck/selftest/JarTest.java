package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/**
 * notify-tck.jar as a third party runs it: a separate JVM, nothing on its class path but the jar
 * and what the options name. These are the "done when" checks.
 */
class JarTest {
    static final Path JAR = ChildJvm.JAR;
    static final Path SELFTEST_CLASSES = Path.of(System.getProperty("notifytck.selftest.classes", "target/classes"));

    record Run(int exit, String out, String err, long millis) {}

    static Run jar(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(ChildJvm.options());
        cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("notify-tck-out", ".txt");
        Path err = Files.createTempFile("notify-tck-err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("notify-tck.jar " + String.join(" ", args) + " did not finish within 120 s");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err), ms);
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /**
     * The jar carries the features of this checkout and what every mechanism's scenarios and
     * properties need. ReferenceConformanceTest runs the whole suite in process at the default
     * tries, and WireConformanceTest once more, so here a rule with scenarios and one judged by a
     * model property per mechanism show the packaging (steps, glue, the model, the reports'
     * resources) without a third whole run of the reference.
     */
    static final String EVERY_MECHANISM = "@REQ-SPOOL-CHAN-001 or @REQ-SPOOL-OVW-001 or @REQ-MSMQ-ENABLE-002 or @REQ-RPC-NOTIFY-001"
            + " or @REQ-FAX-MSG-002 or @REQ-FAX-MSG-005";

    @Test
    void theJarAgainstTheEmbeddedReferenceExitsZero() throws Exception {
        Path work = Reports.fresh("jar-reference");
        Run r = jar(work, "--out", "out", "--tries", "5", "--select", EVERY_MECHANISM);
        assertThat(r.exit()).as("stdout:%n%s%nstderr:%n%s", r.out(), r.err()).isZero();
        assertThat(r.out()).contains("judging reference", "document", "total", "Exit 0");
        JsonNode v = VerdictSchema.validate(work.resolve("out/verdict.json"));
        assertThat(v.at("/totals/fail").asInt()).isZero();
        assertThat(v.at("/kit/version").asText()).isNotEqualTo("unknown");
        // The embedded features are this checkout's, rule for rule.
        notifytck.run.FeatureSet here = notifytck.run.FeatureSet.directory(Path.of(System.getProperty("notifytck.features", "features")));
        assertThat(v.at("/kit/featureSetSha256").asText()).as("the jar's embedded feature set").isEqualTo(here.sha256());
        assertThat(v.get("rules")).as("every rule of the features is in the jar's verdict").hasSize(here.catalog().requirements().size());
        // Every mechanism had scenarios run, and a property.
        java.util.Map<String, int[]> ran = new java.util.TreeMap<>();
        for (JsonNode rule : v.get("rules")) {
            int[] n = ran.computeIfAbsent(rule.get("id").asText().replaceAll("-[^-]+-\\d+$", ""), k -> new int[2]);
            n[0] += (int) java.util.stream.StreamSupport.stream(rule.get("scenarios").spliterator(), false).filter(c -> c.get("status").asText().equals("passed")).count();
            n[1] += (int) java.util.stream.StreamSupport.stream(rule.get("properties").spliterator(), false).filter(c -> c.get("status").asText().equals("passed")).count();
        }
        assertThat(ran.keySet()).containsExactly("REQ-FAX", "REQ-MSMQ", "REQ-RPC", "REQ-SPOOL");
        ran.forEach((m, n) -> assertThat(n).as("%s: scenarios and properties passed through the jar", m).satisfies(x -> {
            assertThat(x[0]).isPositive();
            assertThat(x[1]).isPositive();
        }));
    }

    /**
     * An implementation that calls System.exit ends the JVM it runs in: in process the run cannot
     * go on, but it does not end silently; with --isolate the scenario fails and the run goes on.
     */
    @Test
    void anImplementationThatCallsSystemExitIsReportedInProcessAndJudgedWithIsolate() throws Exception {
        String[] common = {"--out", "out", "--sut", "notifytck.variants.hostile.CallsSystemExit", "--sut-classpath",
                SELFTEST_CLASSES.toAbsolutePath().toString(), "--select", "@REQ-MSMQ-ENABLE-002 and @scenario", "--timeout-call", "2000"};
        Path inProcess = Reports.fresh("jar-exit-in-process");
        Run r = jar(inProcess, common);
        assertThat(r.exit()).as("the implementation's own exit code").isEqualTo(7);
        assertThat(r.err()).contains("notify-tck: the JVM is ending in the middle of the run", "--isolate");
        Path isolated = Reports.fresh("jar-exit-isolated");
        List<String> args = new ArrayList<>(List.of(common));
        args.add("--isolate");
        Run i = jar(isolated, args.toArray(String[]::new));
        assertThat(i.exit()).as("stdout:%n%s%nstderr:%n%s", i.out(), i.err()).isEqualTo(1);
        assertThat(i.out()).contains("exited with code 7");
        VerdictSchema.validate(isolated.resolve("out/verdict.json"));
    }

    @Test
    void theJarAgainstAFaultyVariantExitsOne() throws Exception {
        Path work = Reports.fresh("jar-variant");
        Run r = jar(work, "--out", "out", "--sut", CommandLineTest.VARIANT, "--sut-classpath", SELFTEST_CLASSES.toAbsolutePath().toString(),
                "--select", "@msmq and @scenario and not @many-rounds", "--timeout-eventually", "2000", "--timeout-shrink", "500");
        assertThat(r.exit()).as("stdout:%n%s%nstderr:%n%s", r.out(), r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + CommandLineTest.VARIANT_RULE);
        VerdictSchema.validate(work.resolve("out/verdict.json"));
    }

    @Test
    void theJarWithAMisspelledClassExitsTwoWithinSecondsWithOneMessage() throws Exception {
        Path work = Reports.fresh("jar-misspelled");
        Run r = jar(work, "--out", "out", "--sut", "com.example.NoSuchImplementation");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines().toList()).as("stderr").hasSize(1).first().asString()
                .contains("com.example.NoSuchImplementation", "no such class");
        assertThat(r.out()).isEmpty();
        assertThat(r.millis()).as("time to the error").isLessThan(10_000);
        assertThat(work.resolve("out/verdict.json")).doesNotExist();
    }

    @Test
    void theJarPicksAThirdPartyProviderRegisteredThroughServiceLoader() throws Exception {
        Path work = Reports.fresh("jar-third-party");
        Path thirdParty = work.resolve("third-party.jar");
        String cls = "notifytck/selftest/example/ThirdPartyExample.class";
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(thirdParty))) {
            j.putNextEntry(new JarEntry(cls));
            j.write(Files.readAllBytes(SELFTEST_CLASSES.resolve(cls)));
            j.closeEntry();
            j.putNextEntry(new JarEntry("META-INF/services/notifytck.spi.NotificationImplementation"));
            j.write("notifytck.selftest.example.ThirdPartyExample\n".getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        Run r = jar(work, "--out", "out", "--sut-classpath", thirdParty.toString(), "--select", "@fax", "--tries", "5");
        assertThat(r.exit()).as("stdout:%n%s%nstderr:%n%s", r.out(), r.err()).isZero();
        assertThat(r.out()).contains("judging third-party-example 1.0");
        JsonNode v = VerdictSchema.validate(work.resolve("out/verdict.json"));
        assertThat(v.at("/implementation/name").asText()).isEqualTo("third-party-example");
        assertThat(v.at("/implementation/class").asText()).isEqualTo("notifytck.selftest.example.ThirdPartyExample");
        assertThat(v.at("/totals/not-selected").asInt()).isPositive();
    }

    @Test
    void theJarRunsOnAJava17RuntimeAloneAndSaysSo() throws Exception {
        Run r = jar(Reports.fresh("jar-help"), "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: notify-tck");
        assertThat(Files.size(JAR)).as("a self-contained jar").isGreaterThan(1_000_000);
    }
}
