package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * .ci/nightly, the script any CI calls, run here twice with few tries and no stress profile: the
 * second run keeps the first's verdicts, so the matrix shows each implementation's trend; a
 * variant without a baseline fails the night, one whose baseline expects its failure does not.
 */
class NightlyScriptTest {
    static final Path ROOT = Reports.projectRoot();

    private static int nightly(Path state, Path config) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve(".ci/nightly").toString()).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(state.resolveSibling(state.getFileName() + ".log").toFile());
        pb.environment().put("NIGHTLY_CONFIG", config.toString());
        pb.environment().put("NIGHTLY_HOME", state.toString());
        pb.environment().put("NIGHTLY_TRIES", "2");
        pb.environment().put("NIGHTLY_STRESS", "0");
        pb.environment().put("NIGHTLY_JAVA_OPTIONS", ChildJvm.optionsLine());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(".ci/nightly did not finish in 180 s");
        }
        return p.exitValue();
    }

    @Test
    void twoNightsKeepTheHistoryAndTheMatrixShowsTheTrend() throws Exception {
        Path work = Reports.fresh("nightly");
        Path state = work.resolve("state");
        Path baseline = work.resolve("variant-baseline.txt");
        Files.writeString(baseline, "REQ-MSMQ-ENABLE-010 | checks access before the closed state\n");
        Path config = work.resolve("nightly.conf");
        String variant = "--sut " + LivingDocumentationTest.VARIANT_A + " --sut-classpath " + JarTest.SELFTEST_CLASSES.toAbsolutePath()
                + " --select \"@REQ-MSMQ-ENABLE-010 and @scenario\" --timeout-eventually 2000 --timeout-shrink 500";
        // One rule's scenarios each (the one the variant breaks): the test is about the nightly's history, matrix and exit, not
        // the suite. Selections of several words, quoted either way, reach the jar whole.
        Files.write(config, List.of("# two implementations", "reference | --select '@REQ-MSMQ-ENABLE-010 and @scenario' |", "variant | " + variant + " | " + baseline));

        assertThat(nightly(state, config)).as("first night, see %s.log", state).isZero();
        assertThat(nightly(state, config)).as("second night").isZero();

        try (var files = Files.list(state.resolve("history/variant"))) {
            assertThat(files.count()).as("the variant's verdicts kept").isEqualTo(2);
        }
        String matrix = Files.readString(state.resolve("publish/matrix/matrix.html"));
        assertThat(matrix).contains("2 run(s)").contains("trend:").contains("expected-fail");
        assertThat(state.resolve("publish/variant/index.html")).exists();
        assertThat(state.resolve("publish/reference/enable-notification.html")).exists();
        String verdict = Files.readString(state.resolve("runs/reference/verdict.json"));
        assertThat(verdict).as("the reference's selection, whole").contains("@REQ-MSMQ-ENABLE-010 and @scenario");
        assertThat(Files.readString(state.resolve("publish/index.html"))).contains("matrix/matrix.html", "variant/index.html");

        // Without its baseline, the variant's failure is not what anyone expects: the night fails.
        Path strict = work.resolve("strict.conf");
        Files.write(strict, List.of("variant | " + variant + " |"));
        assertThat(nightly(state, strict)).isEqualTo(1);
    }
}
