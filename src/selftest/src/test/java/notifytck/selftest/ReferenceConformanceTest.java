package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import notifytck.cli.Main;
import notifytck.requirements.RequirementCatalog;
import org.junit.jupiter.api.Test;

/**
 * The reference passes every testable rule, through the command line as a third party's run
 * would, with its baseline, which must stay empty. Its reports land in reports/ (git ignores them).
 */
class ReferenceConformanceTest {
    static final Path BASELINE = Path.of(System.getProperty("notifytck.features", "features")).toAbsolutePath().normalize().resolveSibling("reference-impl").resolve("baseline.txt");

    @Test
    void theReferenceBaselineIsEmpty() throws Exception {
        List<String> entries = Files.readAllLines(BASELINE).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toList());
        assertThat(entries).as("expected failures of the reference (%s)", BASELINE).isEmpty();
    }

    @Test
    void theReferencePassesEveryTestableRuleAndItsVerdictFitsTheSchema() throws Exception {
        Path out = Reports.root();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"--out", out.toString(), "--baseline", BASELINE.toString(), "--quiet"},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        String printed = stdout.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("exit code; the run printed:%n%s", printed).isZero();

        JsonNode verdict = VerdictSchema.validate(out.resolve("verdict.json"));
        RequirementCatalog catalog = RequirementCatalog.features();
        long testable = catalog.requirements().stream().filter(r -> !r.untestable()).count();
        long untestable = catalog.requirements().size() - testable;
        assertThat(verdict.at("/totals/pass").asLong()).as("rules passed").isEqualTo(testable);
        assertThat(verdict.at("/totals/untestable").asLong()).isEqualTo(untestable);
        assertThat(verdict.at("/exit/code").asInt()).isZero();
        assertThat(verdict.at("/implementation/name").asText()).isEqualTo("reference");
        List<JsonNode> rules = StreamSupport.stream(verdict.get("rules").spliterator(), false).toList();
        assertThat(rules).hasSize(catalog.requirements().size());
        // The properties are part of every conformance run, and each reports its seed.
        assertThat(rules.stream().mapToInt(r -> r.get("properties").size()).sum()).as("property results").isGreaterThanOrEqualTo(4);
        assertThat(verdict.at("/run/seeds").size()).isGreaterThanOrEqualTo(4);
        assertThat(verdict.at("/kit/featureSetSha256").asText()).hasSize(64);

        assertThat(out.resolve("junit.xml")).exists();
        String junit = Files.readString(out.resolve("junit.xml"));
        assertThat(junit).contains("tests=\"" + catalog.requirements().size() + "\"").contains("failures=\"0\"");
        List<String> tsv = Files.readAllLines(out.resolve("traceability.tsv"));
        assertThat(tsv).hasSize(catalog.requirements().size() + 1);
        assertThat(tsv.stream().skip(1).map(l -> l.substring(l.lastIndexOf('\t') + 1)).distinct()).containsOnly("pass", "untestable");
        Path allure = out.resolve("allure-results");
        assertThat(allure.resolve("environment.properties")).content().contains("implementation=reference");
        assertThat(allure.resolve("categories.json")).content().contains("not applicable", "implementation hung");
        try (var files = Files.list(allure)) {
            assertThat(files.filter(p -> p.toString().endsWith("-result.json")).count()).as("Allure results")
                    .isGreaterThanOrEqualTo(catalog.requirements().stream().mapToInt(r -> r.scenarios()).sum());
        }
    }
}
