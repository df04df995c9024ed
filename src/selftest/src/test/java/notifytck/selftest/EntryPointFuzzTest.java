package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import notifytck.requirements.RequirementCatalog;
import notifytck.run.Baseline;
import notifytck.run.ConfigurationError;
import notifytck.run.Selection;

/**
 * The command line's entry points under random bad input: options and their values, selection
 * expressions, baseline files, feature folders, and verdict files for the matrix. Whatever comes
 * in, the kit answers with a verdict (exit 0 or 1) or with one line naming what was wrong (exit 2):
 * never a stack trace, never exit 3, never a verdict or report left behind by a refused run. Tries
 * come from jqwik.tries.default: a few dozen in the test command, many more under -Pstress.
 */
class EntryPointFuzzTest {
    /** One rule's scenarios (not the model property that reports on it too), so a run that turns out valid stays short. */
    private static final List<String> BASE = List.of("--select", "@REQ-MSMQ-ENABLE-001 and @scenario", "--quiet", "--timeout-call", "2000",
            "--timeout-eventually", "2000");

    private static void assertJudgedOrRefused(Path out, String input, CommandLineTest.Result r) {
        assertThat(r.exit()).as("exit for %s; stderr: %s", input, r.err()).isIn(0, 1, 2);
        assertThat(r.err()).as("no stack trace for %s", input).doesNotContain("\tat ");
        if (r.exit() == 2) {
            assertThat(r.err()).as("one message naming the problem, for %s", input).startsWith("notify-tck: ");
            assertThat(r.err().strip().lines().count()).as("at most a message and a hint: %s", r.err()).isLessThanOrEqualTo(2);
            assertThat(out.resolve("verdict.json")).as("a refused run writes no verdict").doesNotExist();
            assertThat(out.resolve("site")).as("a refused run writes no report").doesNotExist();
        } else {
            assertThat(out.resolve("verdict.json")).exists();
        }
    }

    private static CommandLineTest.Result cli(Path out, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--out", out.toString()));
        all.addAll(args);
        return CommandLineTest.cli(all.toArray(String[]::new));
    }

    @Provide
    Arbitrary<List<String>> options() {
        Arbitrary<String> names = Arbitraries.of("--tries", "--parallel", "--timeout-call", "--timeout-quiet", "--timeout-eventually",
                "--timeout-hold", "--timeout-shrink", "--msmq-early", "--msmq-late", "--history-max", "--select", "--sut", "--sut-classpath", "--baseline",
                "--features", "--sut-connect", "--sut-command", "--isolate", "--quiet", "--bogus", "-x", "--");
        // Not --write-baseline: it writes where it is told, and the values here are relative to the source tree
        // (CommandLineTest covers it: a folder given is refused, a baseline round trip keeps the reasons).
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "1", "x", "", " ", "99999999999999999999", "1e3", "0x10", "@msmq", "@nope", "(", "not",
                        "/no/such/path", "localhost", "localhost:0", "127.0.0.1:99999", "no-such-program --x", "'unclosed",
                        "java.lang.Object", "notifytck.NoSuchClass"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<List<String>> pair = Combinators.combine(names, values, Arbitraries.of(true, false))
                .as((n, v, withValue) -> withValue ? List.of(n, v) : List.of(n));
        return pair.list().ofMinSize(1).ofMaxSize(3).map(ps -> {
            List<String> flat = new ArrayList<>(BASE);
            ps.forEach(flat::addAll);
            return flat;
        });
    }

    @Property
    void randomOptionsAreJudgedOrRefusedWithOneLine(@ForAll("options") List<String> args) {
        Path out = Reports.fresh("fuzz-options");
        assertJudgedOrRefused(out, String.valueOf(args), cli(out, args));
    }

    @Provide
    Arbitrary<String> selections() {
        Arbitrary<String> token = Arbitraries.of("@msmq", "@spooler", "@REQ-MSMQ-ENABLE-001", "@REQ-NOPE-1", "and", "or", "not", "(", ")",
                "@", "@@", "msmq", "&&", "||", "@must", "@scenario", "@property", "\"", "'");
        return token.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    }

    /**
     * Selections are parsed before anything runs; the parser is what faces the input, so it is
     * fuzzed directly (a run per try would cost a second), and the command line once per shape.
     */
    @Property
    void randomSelectionsAreParsedOrRefusedNamingTheExpression(@ForAll("selections") String select) {
        try {
            Selection.parse(select, KNOWN_TAGS);
        } catch (ConfigurationError e) {
            assertThat(e.getMessage()).startsWith("--select \"" + select + "\": ");
        }
    }

    @Property(tries = 5)
    void randomSelectionsOnTheCommandLineAreJudgedOrRefusedWithOneLine(@ForAll("selections") String select) {
        Path out = Reports.fresh("fuzz-selection");
        List<String> args = List.of("--select", "(" + select + ") and @REQ-MSMQ-ENABLE-001 and @scenario", "--quiet");
        assertJudgedOrRefused(out, select, cli(out, args));
    }

    private static final java.util.Set<String> KNOWN_TAGS = java.util.Set.of("@msmq", "@spooler", "@REQ-MSMQ-ENABLE-001", "@must",
            "@scenario", "@property");

    @Provide
    Arbitrary<String> baselines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("REQ-MSMQ-ENABLE-001 | it is known", "REQ-MSMQ-ENABLE-001 |", "REQ-NOPE-001 | why", "| reason only",
                        "# a comment", "", "REQ-MSMQ-ENABLE-001 | a | b | c | d", "REQ-MSMQ-ENABLE-001", "REQ-MSMQ-ENABLE-001 | why | not a link",
                        "\u0000", "REQ-MSMQ-ENABLE-001 | why\tTAB"),
                Arbitraries.strings().ofMaxLength(30));
        return line.list().ofMaxSize(5).map(l -> String.join("\n", l));
    }

    @Property
    void randomBaselineFilesAreReadOrRefusedNamingTheFile(@ForAll("baselines") String content) throws IOException {
        Path file = Files.createTempFile("baseline", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            Baseline.read(file, CATALOG);
        } catch (ConfigurationError e) {
            assertThat(e.getMessage()).contains(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 5)
    void randomBaselineFilesOnTheCommandLineAreJudgedOrRefusedWithOneLine(@ForAll("baselines") String content) throws IOException {
        Path out = Reports.fresh("fuzz-baseline");
        Path file = Files.createTempFile("baseline", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(BASE);
        args.addAll(List.of("--baseline", file.toString()));
        try {
            assertJudgedOrRefused(out, content, cli(out, args));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final RequirementCatalog CATALOG = RequirementCatalog.features();

    @Provide
    Arbitrary<List<Integer>> featureEdits() {
        return Arbitraries.integers().between(0, 5000).list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * A copy of the features with random damage: lines dropped, duplicated, or replaced by
     * garbage, in the MSMQ feature. The copy is dry-run before anything runs.
     */
    @Property(tries = 12)
    void damagedFeatureFoldersAreJudgedOrRefusedWithOneLine(@ForAll("featureEdits") List<Integer> edits) throws IOException {
        Path out = Reports.fresh("fuzz-features");
        Path copy = Files.createTempDirectory("features");
        Path root = Reports.projectRoot().resolve("features");
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(root.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Path msmq = copy.resolve("msmq/enable-notification.feature");
        List<String> lines = new ArrayList<>(Files.readAllLines(msmq, StandardCharsets.UTF_8));
        for (int e : edits) {
            int at = e % lines.size();
            switch (e % 3) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                default -> lines.set(at, "  Garbage line " + e + " :: | |");
            }
        }
        Files.write(msmq, lines, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(BASE);
        args.addAll(List.of("--features", copy.toString()));
        try {
            assertJudgedOrRefused(out, "edits " + edits, cli(out, args));
        } finally {
            try (var left = Files.walk(copy)) {
                for (Path p : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> verdictFiles() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{}", "[]", "null", "{\"format\": \"notify-tck-verdict/1\"}", "{\"implementation\": {\"name\": 5}}",
                        "{\"rules\": [{\"id\": null}]}", "not json", "{\"format\": \"notify-tck-verdict/1\", \"rules\": \"x\"}"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property
    void randomVerdictFilesForTheMatrixAreRefusedWithOneLine(@ForAll("verdictFiles") String content) throws IOException {
        Path out = Reports.fresh("fuzz-matrix");
        Path file = Files.createTempFile("verdict", ".json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CommandLineTest.Result r = CommandLineTest.cli("matrix", file.toString(), "--out", out.toString());
        Files.deleteIfExists(file);
        assertThat(r.exit()).as("exit for %s; stderr: %s", content, r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("notify-tck: ").doesNotContain("\tat ");
        assertThat(out.resolve("matrix.html")).doesNotExist();
    }
}
