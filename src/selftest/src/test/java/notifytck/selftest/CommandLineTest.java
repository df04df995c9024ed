package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import notifytck.cli.Main;
import notifytck.run.Baseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a CI meets it, run in this JVM: the exit codes, the one-message configuration
 * errors found before any scenario runs (and no verdict then), the statuses kept apart, and the
 * baseline round trip. Every verdict written here must fit the schema.
 */
class CommandLineTest {
    /** A variant of MSMQ that checks access before the closed state: it breaks REQ-MSMQ-ENABLE-010 only. */
    static final String VARIANT = "notifytck.variants.msmq.AccessCheckedBeforeClosed";
    static final String VARIANT_RULE = "REQ-MSMQ-ENABLE-010";

    record Result(int exit, String out, String err, long millis) {}

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1_000_000);
    }

    private static String[] with(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("--out", out.toString(), "--quiet", "--timeout-eventually", "2000", "--timeout-quiet", "300",
                // A faulty variant fails properties too; the reports it is judged by need the rule, not the shortest sequence.
                "--timeout-shrink", "500"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static void assertConfigurationError(Path out, Result r, String... mentions) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as("one message: %s", r.err()).isLessThanOrEqualTo(2);
        assertThat(r.err()).startsWith("notify-tck: ").contains(mentions).doesNotContain("\tat ");
        assertThat(out.resolve("verdict.json")).as("no verdict for a run that never started").doesNotExist();
    }

    /**
     * A selection is a tag expression, and tags start with @: picocli's argument files (@name reads
     * options from the file "name") would take "--select @msmq" run beside a folder called msmq for
     * a file to read, and end the run with a stack trace and exit 1 (two blind-fault writers met it,
     * 2026-12-03). The selection stays a selection, whatever the working folder holds.
     */
    @Test
    void aSelectionThatNamesAnExistingFileIsStillASelection() throws Exception {
        Path out = Reports.fresh("at-file");
        Path file = java.nio.file.Files.createTempFile("notify-tck-at", ".txt");
        java.nio.file.Files.writeString(file, "--help\n");
        Result r = cli(with(out, "--select", "@" + file.toAbsolutePath()));
        java.nio.file.Files.delete(file);
        assertConfigurationError(out, r, "--select \"@" + file.toAbsolutePath() + "\": no rule, scenario or property carries");
        assertThat(r.out()).as("the file was not read as options").doesNotContain("Usage");
    }

    /** A file of options the kit cannot read (here a folder) is bad input: exit 2 and one line, no stack trace. */
    @Test
    void anArgumentFileThatCannotBeReadIsAConfigurationError() throws Exception {
        Path out = Reports.fresh("at-folder");
        Path folder = java.nio.file.Files.createTempDirectory("notify-tck-options");
        Result r = cli(with(out, "@" + folder.toAbsolutePath()));
        java.nio.file.Files.delete(folder);
        assertConfigurationError(out, r, folder.toAbsolutePath().toString());
    }

    @Test
    void aMisspelledClassIsAConfigurationErrorWithinSeconds() {
        Path out = Reports.fresh("misspelled");
        Result r = cli(with(out, "--sut", "notifytck.reference.ReferenceImplementaton"));
        assertConfigurationError(out, r, "--sut notifytck.reference.ReferenceImplementaton", "no such class");
        assertThat(r.millis()).isLessThan(5_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.String", "notifytck.selftest.broken.NoPublicConstructor",
            "notifytck.selftest.broken.DeclaresNothing", "notifytck.selftest.broken.StartFails"})
    void anImplementationThatCannotBeJudgedIsAConfigurationError(String sut) {
        Path out = Reports.fresh("cannot-judge");
        Result r = cli(with(out, "--sut", sut));
        assertConfigurationError(out, r, sut.equals("notifytck.selftest.broken.DeclaresNothing") ? "declares no mechanism"
                : sut.equals("notifytck.selftest.broken.StartFails") ? "start() failed" : sut);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@spoler", "@msmq and", "(@msmq", "@spooler and @msmq", "not"})
    void aSelectionThatIsMalformedUnknownOrEmptyIsAConfigurationError(String select) {
        Path out = Reports.fresh("bad-selection");
        assertConfigurationError(out, cli(with(out, "--select", select)), "--select");
    }

    @Test
    void unknownOptionsAndBadNumbersAreUsageErrors() {
        Path out = Reports.fresh("usage");
        assertConfigurationError(out, cli(with(out, "--no-such-option")), "--no-such-option");
        assertConfigurationError(out, cli(with(out, "--tries", "many")), "--tries");
        assertConfigurationError(out, cli(with(out, "--tries", "0")), "--tries");
        assertConfigurationError(out, cli(with(out, "--timeout-call", "-5")), "--timeout-call");
        assertConfigurationError(out, cli(with(out, "--sut-classpath", "/no/such/dir")), "/no/such/dir");
        // A NUL cannot be in a path: refused as a usage error, not a crash of the kit (found by EntryPointFuzzTest).
        assertConfigurationError(out, cli(with(out, "--sut-classpath", "bad\u0000path")), "--sut-classpath");
        assertConfigurationError(out, cli(with(out, "--features", "/no/such/features")), "--features");
    }

    @Test
    void aMalformedBaselineOrOneNamingNoRuleIsAConfigurationError() throws IOException {
        Path out = Reports.fresh("bad-baseline");
        Path dir = Reports.fresh("bad-baseline-files");
        Files.writeString(dir.resolve("no-reason"), "REQ-MSMQ-ENABLE-010 |  \n");
        Files.writeString(dir.resolve("no-such-rule"), "REQ-MSMQ-ENABLE-999 | made up\n");
        Files.writeString(dir.resolve("not-an-id"), "MSMQ-10 | made up\n");
        Files.writeString(dir.resolve("twice"), "REQ-MSMQ-ENABLE-010 | a\nREQ-MSMQ-ENABLE-010 | b\n");
        Files.writeString(dir.resolve("untestable"), "REQ-FAX-MSG-001 | cannot fail\n");
        assertConfigurationError(out, cli(with(out, "--baseline", dir.resolve("no-reason").toString())), "line 1", "needs a reason");
        assertConfigurationError(out, cli(with(out, "--baseline", dir.resolve("no-such-rule").toString())), "no rule REQ-MSMQ-ENABLE-999");
        assertConfigurationError(out, cli(with(out, "--baseline", dir.resolve("not-an-id").toString())), "not a rule ID");
        assertConfigurationError(out, cli(with(out, "--baseline", dir.resolve("twice").toString())), "line 2", "twice");
        assertConfigurationError(out, cli(with(out, "--baseline", dir.resolve("untestable").toString())), "untestable");
        assertConfigurationError(out, cli(with(out, "--baseline", dir.resolve("missing").toString())), "no such file");
    }

    @Test
    void aLocalFeatureCopyWithAParseErrorOrAnUndefinedStepIsAConfigurationError() throws IOException {
        Path out = Reports.fresh("bad-features");
        Path broken = Reports.fresh("broken-features").resolve("msmq");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("x.feature"), "@msmq\nFeature: X\n  @REQ-X-Y-001 @must @source-document\n  Rule: R\n    Section: S\n    Scenario: s\n      Given flibbertigibbet\n");
        assertConfigurationError(out, cli(with(out, "--features", broken.getParent().toString())), "steps the kit does not define");
        Files.writeString(broken.resolve("x.feature"), "@msmq\nFeature: X\n  Scenario: outside any rule\n    Given x\n");
        assertConfigurationError(out, cli(with(out, "--features", broken.getParent().toString())), "outside any Rule");
    }

    @Test
    void aFaultyVariantExitsOneAndNamesItsRule() {
        Path out = Reports.fresh("variant");
        Result r = cli(with(out, "--sut", VARIANT, "--select", "@msmq and @scenario and not @many-rounds"));
        assertThat(r.exit()).as("stdout: %s%nstderr: %s", r.out(), r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + VARIANT_RULE).contains("Exit 1:");
        JsonNode v = VerdictSchema.validate(out.resolve("verdict.json"));
        assertThat(status(v, VARIANT_RULE)).isEqualTo("fail");
        assertThat(v.at("/exit/code").asInt()).isEqualTo(1);
        // Left out by the selection: not-selected, never not-applicable.
        assertThat(status(v, "REQ-SPOOL-CHAN-001")).isEqualTo("not-selected");
        assertThat(v.at("/totals/not-applicable").asInt()).isZero();
        assertThat(out.resolve("junit.xml")).content().contains("<failure type=\"fail\"");
    }

    @Test
    void aBaselineTurnsKnownFailuresIntoExpectedOnesAndAStaleEntryFailsTheRun() throws IOException {
        Path out = Reports.fresh("baseline");
        Path written = out.resolveSibling("baseline-written.txt");
        Result first = cli(with(out, "--sut", VARIANT, "--select", "@msmq and @scenario and not @many-rounds", "--write-baseline", written.toString()));
        assertThat(first.exit()).isEqualTo(1);
        VerdictSchema.validate(out.resolve("verdict.json"));
        assertThat(Files.readString(written)).contains(VARIANT_RULE + " | TODO");

        Result second = cli(with(out, "--sut", VARIANT, "--select", "@msmq and @scenario and not @many-rounds", "--baseline", written.toString()));
        assertThat(second.exit()).as("stdout: %s", second.out()).isZero();
        JsonNode v = VerdictSchema.validate(out.resolve("verdict.json"));
        assertThat(status(v, VARIANT_RULE)).isEqualTo("expected-fail");
        assertThat(v.at("/run/baseline").asText()).isEqualTo(written.toString());

        // The same baseline against the reference: the rule now passes, which must not go unnoticed.
        Result stale = cli(with(out, "--select", "@msmq and @scenario and not @many-rounds", "--baseline", written.toString()));
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.out()).contains("UNEXPECTED-PASS " + VARIANT_RULE);
        assertThat(status(VerdictSchema.validate(out.resolve("verdict.json")), VARIANT_RULE)).isEqualTo("unexpected-pass");
    }

    @Test
    void anImplementationWithoutAControlIsPartlyNotApplicableNeverPassed() {
        Path out = Reports.fresh("partial");
        // The reference on its system clock declares no virtual clock: the multi-day scenarios cannot run.
        Result r = cli(with(out, "--sut", "notifytck.crosscheck.RealTimeReference", "--select", "@msmq and @scenario and not @many-rounds"));
        assertThat(r.exit()).as("stdout: %s", r.out()).isZero();
        JsonNode v = VerdictSchema.validate(out.resolve("verdict.json"));
        assertThat(v.at("/totals/partial").asInt() + v.at("/totals/not-applicable").asInt()).isPositive();
        assertThat(StreamSupport.stream(v.get("rules").spliterator(), false)
                .filter(rule -> rule.get("status").asText().equals("pass"))
                .flatMap(rule -> StreamSupport.stream(rule.get("scenarios").spliterator(), false))
                .filter(s -> !s.get("status").asText().equals("passed"))).as("a rule that passed ran every scenario").isEmpty();
    }

    @Test
    void aReportThatCannotBeWrittenIsTheKitBreakingAndTheOtherReportsAreStillWritten() throws IOException {
        Path out = Reports.fresh("unwritable");
        Files.createDirectories(out.resolve("verdict.json"));
        Result r = cli(with(out, "--select", "@fax and @scenario"));
        assertThat(r.exit()).as("stderr: %s", r.err()).isEqualTo(3);
        assertThat(r.err()).contains("the kit itself broke", "verdict.json");
        assertThat(r.out()).as("what was found is still shown").contains("total", "Judged:");
        assertThat(out.resolve("junit.xml")).exists();
        assertThat(out.resolve("traceability.tsv")).exists();
    }

    @Test
    void aScenarioThatFailsInItsSetupIsASetupFailureNotAFailureOfItsRule() {
        Path out = Reports.fresh("setup-failure");
        Result r = cli(with(out, "--sut", "notifytck.crosscheck.PrinterInstallFails", "--select", "@notification-channel and @scenario"));
        assertThat(r.exit()).as("stdout: %s", r.out()).isEqualTo(1);
        JsonNode v = VerdictSchema.validate(out.resolve("verdict.json"));
        assertThat(v.at("/totals/fail").asInt()).as("rules counted as failed").isZero();
        assertThat(v.at("/totals/setup-failed").asInt()).isPositive();
        assertThat(StreamSupport.stream(v.get("rules").spliterator(), false).filter(x -> x.get("status").asText().equals("setup-failed"))
                .flatMap(x -> StreamSupport.stream(x.get("scenarios").spliterator(), false)).map(x -> x.get("firstFailure").asText()))
                .allSatisfy(f -> assertThat(f).startsWith("setup failed at \"Given the local print server has the printers").contains("no driver for Inkjet"));
    }

    @Test
    void aRuleStatedForOneWindowsVersionIsNotApplicableToAnImplementationClaimingAnother() {
        Path out = Reports.fresh("platform");
        Result r = cli(with(out, "--sut", "notifytck.crosscheck.ClaimsWindows11", "--select", "@rpc", "--tries", "5"));
        assertThat(r.exit()).as("stdout: %s", r.out()).isZero();
        JsonNode v = VerdictSchema.validate(out.resolve("verdict.json"));
        assertThat(v.at("/implementation/platform").asText()).isEqualTo("windows-11");
        assertThat(status(v, "REQ-RPC-NOTIFY-001")).isEqualTo("not-applicable");
        assertThat(status(v, "REQ-RPC-NOTIFY-002")).isEqualTo("not-applicable");
        assertThat(status(v, "REQ-RPC-NOTIFY-003")).isEqualTo("pass");
    }

    @Test
    void theDocumentsMisprintFailsNamingTheNearMiss() {
        Path out = Reports.fresh("near-miss");
        Result r = cli(with(out, "--sut", "notifytck.variants.msmq.NotFoundAsTheDocumentPrintsIt", "--select", "@REQ-MSMQ-ENABLE-015"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL REQ-MSMQ-ENABLE-015", "misprints for MQ_ERROR_MESSAGE_NOT_FOUND", "0xC00E0088");
    }

    @Test
    void aPropertyWhoseMechanismIsNotDeclaredIsNotApplicableNotAnError() {
        Path out = Reports.fresh("property-not-applicable");
        // A fax-only implementation: the spooler, MSMQ and RPC properties cannot run; the fax model's can, and passes.
        Result r = cli(with(out, "--sut", "notifytck.variants.fax.ServiceEndedWithZeroParameters", "--select", "@property or @REQ-FAX-MSG-002"));
        assertThat(r.exit()).as("stdout: %s%nstderr: %s", r.out(), r.err()).isZero();
        JsonNode v = VerdictSchema.validate(out.resolve("verdict.json"));
        java.util.Map<String, java.util.Set<String>> byClass = StreamSupport.stream(v.get("rules").spliterator(), false)
                .flatMap(x -> StreamSupport.stream(x.get("properties").spliterator(), false))
                .collect(Collectors.groupingBy(x -> x.get("name").asText().replaceAll("\\..*", ""),
                        Collectors.mapping(x -> x.get("status").asText(), Collectors.toSet())));
        assertThat(byClass).containsEntry("FaxModelProperties", java.util.Set.of("passed")).hasSizeGreaterThan(1);
        byClass.forEach((c, statuses) -> {
            if (!c.equals("FaxModelProperties")) {
                assertThat(statuses).as(c).containsOnly("not-applicable");
            }
        });
        assertThat(v.at("/totals/fail").asInt()).isZero();
    }

    @Test
    void aSelectionThatNothingDeclaredCanRunIsAConfigurationError() {
        Path out = Reports.fresh("nothing-runnable");
        assertConfigurationError(out, cli(with(out, "--sut", "notifytck.variants.fax.ServiceEndedWithZeroParameters", "--select", "@msmq")),
                "nothing selected can run");
    }

    @Test
    void aRewrittenBaselineKeepsTheReasonsWrittenInItAndTheEntriesThisRunDidNotJudge() throws IOException {
        Path out = Reports.fresh("baseline-merge");
        Path file = out.resolveSibling("baseline-merge.txt");
        Files.writeString(file, "REQ-MSMQ-ENABLE-010 | checks access first | https://bugs.example.org/10\n"
                + "REQ-SPOOL-CHAN-001 | not judged in an MSMQ run\n");
        // Scenarios only: the model property is tagged with every MSMQ rule, and what it draws decides what else fails.
        cli(with(out, "--sut", VARIANT, "--select", "@REQ-MSMQ-ENABLE-010 and @scenario", "--write-baseline", file.toString()));
        assertThat(Files.readString(file)).contains("REQ-MSMQ-ENABLE-010 | checks access first | https://bugs.example.org/10")
                .contains("REQ-SPOOL-CHAN-001 | not judged in an MSMQ run").doesNotContain(Baseline.PLACEHOLDER);
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = cli("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--select", "@notification-channel", "Exit codes", "--baseline");
        Result version = cli("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).contains("notify-tck");
    }

    static String status(JsonNode verdict, String rule) {
        for (JsonNode r : verdict.get("rules")) {
            if (r.get("id").asText().equals(rule)) {
                return r.get("status").asText();
            }
        }
        throw new AssertionError("no rule " + rule + " in the verdict");
    }
}
