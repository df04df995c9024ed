package notifytck.run;

import java.util.List;
import java.util.Optional;
import notifytck.requirements.Requirement;

/** One rule's verdict in one run: its status and the checks it was judged by. */
public record RuleVerdict(Requirement rule, RuleStatus status, List<Check> checks, Optional<Baseline.Entry> expectedFailure) {
    public RuleVerdict {
        checks = List.copyOf(checks);
    }

    /** Derives the status from the selected checks that ran, the rule, and the baseline. */
    public static RuleStatus judge(Requirement rule, boolean selected, List<Check> checks, boolean baselined) {
        if (!selected) {
            return RuleStatus.NOT_SELECTED;
        }
        if (rule.untestable()) {
            return RuleStatus.UNTESTABLE;
        }
        long failed = checks.stream().filter(c -> c.outcome() == Check.Outcome.FAILED).count();
        long passed = checks.stream().filter(c -> c.outcome() == Check.Outcome.PASSED).count();
        if (failed > 0) {
            return baselined ? RuleStatus.EXPECTED_FAIL : RuleStatus.FAIL;
        }
        if (checks.stream().anyMatch(c -> c.outcome() == Check.Outcome.SETUP_FAILED)) {
            return RuleStatus.SETUP_FAILED;
        }
        if (passed == 0) {
            // Nothing ran that could show the failure the baseline expects: no news either way.
            return RuleStatus.NOT_APPLICABLE;
        }
        if (baselined) {
            return RuleStatus.UNEXPECTED_PASS;
        }
        return passed == checks.size() ? RuleStatus.PASS : RuleStatus.PARTIAL;
    }

    /** The first failure among the rule's checks, for one-line summaries. */
    public String firstFailure() {
        return checks.stream().filter(c -> c.outcome() == Check.Outcome.FAILED || c.outcome() == Check.Outcome.SETUP_FAILED)
                .map(Check::firstFailure).findFirst()
                .orElse(status == RuleStatus.UNEXPECTED_PASS ? "passed, but the baseline expects it to fail: "
                        + expectedFailure.map(Baseline.Entry::reason).orElse("") : "");
    }
}
