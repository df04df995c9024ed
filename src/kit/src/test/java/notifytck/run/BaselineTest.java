package notifytck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import notifytck.requirements.RequirementCatalog;
import org.junit.jupiter.api.Test;

class BaselineTest {
    private static final RequirementCatalog CATALOG = RequirementCatalog.parse("x/x.feature", """
            @x
            Feature: X
              @REQ-X-Y-001 @must @source-document
              Rule: one
                Section: S
                Scenario: s
                  Given something
              @REQ-X-Y-002 @must @untestable @source-document
              Rule: two
                Section: S
                Untestable: no black box
            """);

    @Test
    void readsEntriesWithReasonsAndOptionalLinks() {
        Baseline b = Baseline.parse("b", List.of("# comment", "", "REQ-X-Y-001 | fails on Wine | https://bugs.winehq.org/1"), CATALOG);
        assertThat(b.entry("REQ-X-Y-001")).map(Baseline.Entry::reason).contains("fails on Wine");
        assertThat(b.entry("REQ-X-Y-001")).map(Baseline.Entry::link).contains("https://bugs.winehq.org/1");
        assertThat(Baseline.parse("b", List.of("REQ-X-Y-001 | r"), CATALOG).entry("REQ-X-Y-001")).map(Baseline.Entry::link).contains("");
    }

    @Test
    void refusesWhatCannotBeMeant() {
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-001"), CATALOG)).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-001 |"), CATALOG)).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-009 | r"), CATALOG)).hasMessageContaining("no rule REQ-X-Y-009");
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-002 | r"), CATALOG)).hasMessageContaining("untestable");
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-001 | r | not a url"), CATALOG)).hasMessageContaining("not a URL");
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-001 | a", "REQ-X-Y-001 | b"), CATALOG))
                .hasMessageContaining("line 2").hasMessageContaining("twice");
        assertThatThrownBy(() -> Baseline.parse("b", List.of("REQ-X-Y-001 | a | b | c"), CATALOG)).hasMessageContaining("line 1");
    }

    @Test
    void aWrittenBaselineListsFailuresKeepingKnownReasonsAndReadsBack() {
        var rule = CATALOG.byId("REQ-X-Y-001").orElseThrow();
        Check failed = new Check(Check.SCENARIO, "s", "x:6", List.of(rule.id()), Check.Outcome.FAILED, "boom", "", "");
        List<String> fresh = Baseline.linesFor("impl 1", List.of(new RuleVerdict(rule, RuleStatus.FAIL, List.of(failed), Optional.empty())));
        assertThat(fresh).contains("REQ-X-Y-001 | " + Baseline.PLACEHOLDER);
        Baseline.Entry known = new Baseline.Entry(rule.id(), "known | reason", "https://x/1", 1);
        List<String> kept = Baseline.linesFor("impl 1", List.of(new RuleVerdict(rule, RuleStatus.EXPECTED_FAIL, List.of(failed), Optional.of(known))));
        assertThat(kept).contains("REQ-X-Y-001 | known / reason | https://x/1");
        assertThat(Baseline.parse("w", kept, CATALOG).entry(rule.id())).map(Baseline.Entry::reason).contains("known / reason");
        List<String> none = Baseline.linesFor("impl 1", List.of(new RuleVerdict(rule, RuleStatus.PASS, List.of(), Optional.empty())));
        assertThat(none).allMatch(l -> l.startsWith("#"));
    }
}
