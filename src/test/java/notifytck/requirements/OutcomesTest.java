package notifytck.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    private static Requirement rule(int scenarios, String... extraTags) {
        List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 0; i < scenarios; i++) {
            lines.add(10 + i);
        }
        Set<String> tags = new java.util.HashSet<>(Set.of("@REQ-X-001", "@must"));
        tags.addAll(List.of(extraTags));
        return new Requirement("REQ-X-001", "must", tags, "t", "Doc", "x", "S", "Section: S", "f", 1, lines);
    }

    @Test
    void passesOnlyWhenEveryScenarioPassed() {
        Outcomes o = new Outcomes();
        o.add("REQ-X-001", Outcomes.Result.PASSED);
        assertThat(o.status(rule(2))).isEqualTo("not-applicable");
        o.add("REQ-X-001", Outcomes.Result.PASSED);
        assertThat(o.status(rule(2))).isEqualTo("pass");
    }

    @Test
    void oneFailureFailsTheRequirement() {
        Outcomes o = new Outcomes();
        o.add("REQ-X-001", Outcomes.Result.PASSED);
        o.add("REQ-X-001", Outcomes.Result.FAILED);
        assertThat(o.status(rule(2))).isEqualTo("fail");
    }

    @Test
    void notApplicableIsNeverPass() {
        Outcomes o = new Outcomes();
        o.add("REQ-X-001", Outcomes.Result.PASSED);
        o.add("REQ-X-001", Outcomes.Result.NOT_APPLICABLE);
        assertThat(o.status(rule(2))).isEqualTo("not-applicable");
    }

    @Test
    void untestableIsReportedAsSuch() {
        assertThat(new Outcomes().status(rule(0, "@untestable"))).isEqualTo("untestable");
    }

    @Test
    void theReportHasTheAgreedHeader() {
        assertThat(TraceabilityReport.HEADER.split("\t")).containsExactly("id", "level", "document", "section",
                "scenarios", "passed", "failed", "not_applicable", "status");
    }
}
