package notifytck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import notifytck.requirements.Requirement;
import org.junit.jupiter.api.Test;

/** Every status a rule can end in, from the checks that ran and the baseline. */
class RuleVerdictTest {
    private static final Requirement RULE = rule(Set.of("@REQ-X-Y-001", "@must", "@source-document"));
    private static final Requirement UNTESTABLE = rule(Set.of("@REQ-X-Y-001", "@must", "@untestable", "@source-document"));

    private static Requirement rule(Set<String> tags) {
        return new Requirement("REQ-X-Y-001", "must", tags, "t", "Doc", "x", "S", "Section: S", "f", 1, List.of(10, 11), Set.of("@x"));
    }

    private static Check check(Check.Outcome o) {
        return new Check(Check.SCENARIO, "s", "f:10", List.of("REQ-X-Y-001"), o, "", "", "");
    }

    private static final Check PASSED = check(Check.Outcome.PASSED);
    private static final Check FAILED = check(Check.Outcome.FAILED);
    private static final Check NA = check(Check.Outcome.NOT_APPLICABLE);
    private static final Check SETUP = check(Check.Outcome.SETUP_FAILED);

    @Test
    void withoutBaseline() {
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, PASSED), false)).isEqualTo(RuleStatus.PASS);
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, FAILED), false)).isEqualTo(RuleStatus.FAIL);
        assertThat(RuleVerdict.judge(RULE, true, List.of(NA, FAILED), false)).isEqualTo(RuleStatus.FAIL);
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, NA), false)).isEqualTo(RuleStatus.PARTIAL);
        assertThat(RuleVerdict.judge(RULE, true, List.of(NA, NA), false)).isEqualTo(RuleStatus.NOT_APPLICABLE);
        assertThat(RuleVerdict.judge(RULE, false, List.of(), false)).isEqualTo(RuleStatus.NOT_SELECTED);
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, SETUP), false)).isEqualTo(RuleStatus.SETUP_FAILED);
        assertThat(RuleVerdict.judge(RULE, true, List.of(FAILED, SETUP), false)).isEqualTo(RuleStatus.FAIL);
        assertThat(RuleVerdict.judge(UNTESTABLE, true, List.of(), false)).isEqualTo(RuleStatus.UNTESTABLE);
        assertThat(RuleVerdict.judge(UNTESTABLE, false, List.of(), false)).isEqualTo(RuleStatus.NOT_SELECTED);
    }

    @Test
    void withBaseline() {
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, FAILED), true)).isEqualTo(RuleStatus.EXPECTED_FAIL);
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, PASSED), true)).isEqualTo(RuleStatus.UNEXPECTED_PASS);
        assertThat(RuleVerdict.judge(RULE, true, List.of(PASSED, NA), true)).isEqualTo(RuleStatus.UNEXPECTED_PASS);
        assertThat(RuleVerdict.judge(RULE, true, List.of(NA), true)).as("nothing ran that could fail").isEqualTo(RuleStatus.NOT_APPLICABLE);
        assertThat(RuleVerdict.judge(RULE, false, List.of(), true)).isEqualTo(RuleStatus.NOT_SELECTED);
    }

    @Test
    void onlyFailAndUnexpectedPassFailTheRun() {
        assertThat(Set.of(RuleStatus.values()).stream().filter(RuleStatus::unexpected))
                .containsExactlyInAnyOrder(RuleStatus.FAIL, RuleStatus.UNEXPECTED_PASS, RuleStatus.SETUP_FAILED);
    }
}
