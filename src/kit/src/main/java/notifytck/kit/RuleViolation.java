package notifytck.kit;

/**
 * A check found that one named rule does not hold. A property checks several rules at once; when
 * it fails, the verdict counts the failure against this rule only, not against every rule the
 * property reports on.
 */
public final class RuleViolation extends AssertionError {
    private final String rule;

    public RuleViolation(String rule, String message) {
        super(rule + ": " + message);
        if (!rule.matches("REQ-[A-Z]+(-[A-Z]+)*-\\d{3}")) {
            throw new IllegalArgumentException("not a rule ID: " + rule);
        }
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** The rule a failure names, looking through the causes a test engine may wrap it in. */
    public static java.util.Optional<String> of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RuleViolation v) {
                return java.util.Optional.of(v.rule());
            }
            for (Throwable s : c.getSuppressed()) {
                if (s instanceof RuleViolation v) {
                    return java.util.Optional.of(v.rule());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
