package notifytck.run;

/**
 * What a run says of one rule. Kept apart in every output: a missing capability is never a
 * pass, a rule left out by the selection is never "not applicable", and a baselined failure is
 * never a plain pass or fail.
 */
public enum RuleStatus {
    /** Every selected check ran and passed. */
    PASS("pass"),
    /** Some selected checks passed and the rest were not applicable; none failed. */
    PARTIAL("partial"),
    /** At least one selected check failed, and the baseline does not expect it. */
    FAIL("fail"),
    /** It failed, as the baseline says it does. */
    EXPECTED_FAIL("expected-fail"),
    /**
     * No check failed on the rule itself, but at least one failed while setting up (a Given step or
     * the start of the instance): the rule was not reached. Unexpected, since nothing was judged.
     */
    SETUP_FAILED("setup-failed"),
    /** The baseline says it fails, but no selected check failed and at least one passed. */
    UNEXPECTED_PASS("unexpected-pass"),
    /** Every selected check needs a mechanism or control the implementation does not declare. */
    NOT_APPLICABLE("not-applicable"),
    /** The selection left every check of this rule out. */
    NOT_SELECTED("not-selected"),
    /** No black-box check exists; the rule gives the reason. */
    UNTESTABLE("untestable");

    private final String word;

    RuleStatus(String word) {
        this.word = word;
    }

    /** The status as every output spells it. */
    public String word() {
        return word;
    }

    /** True when this status makes the run exit 1. */
    public boolean unexpected() {
        return this == FAIL || this == UNEXPECTED_PASS || this == SETUP_FAILED;
    }

    @Override
    public String toString() {
        return word;
    }
}
