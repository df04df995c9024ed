package notifytck.model;

/**
 * One observable value a model expects, with the rule the expectation comes from. A model that
 * allows several outcomes keeps several worlds; each world has its own expectations.
 *
 * @param what       the observable, named as a report names it ("event of call #3", "cursor of q1")
 * @param allowed    the value, as a string every implementation's observation is rendered to
 * @param rule       the rule ID whose text fixes this value
 * @param ruleIfMore for a count: the rule that a larger count breaks, when it is not the one a
 *                   smaller count breaks (a notification missing and one too many have different
 *                   causes); null when {@code rule} names both
 * @param alternatives further values that agree as well as {@code allowed} (see {@link #either})
 */
public record Expectation(String what, String allowed, String rule, String ruleIfMore, java.util.List<String> alternatives) {
    public Expectation {
        alternatives = alternatives == null ? java.util.List.of() : java.util.List.copyOf(alternatives);
    }

    public Expectation(String what, String allowed, String rule) {
        this(what, allowed, rule, null, null);
    }

    public Expectation(String what, String allowed, String rule, String ruleIfMore) {
        this(what, allowed, rule, ruleIfMore, null);
    }

    /**
     * An observable the reading leaves open among a few values, each independent of everything
     * else (so a world per value would only multiply worlds): any of them agrees.
     */
    public static Expectation either(String what, java.util.List<String> values, String rule) {
        return new Expectation(what, values.get(0), rule, null, values.subList(1, values.size()));
    }

    /** The same expectation, with {@code more} values agreeing as well (those it allows already are not repeated). */
    public Expectation alsoAllowing(java.util.List<String> more) {
        java.util.List<String> also = new java.util.ArrayList<>(alternatives);
        more.stream().filter(v -> !allows(v) && !also.contains(v)).forEach(also::add);
        return new Expectation(what, allowed, rule, ruleIfMore, also);
    }

    /** Whether an observed value is one this expectation allows. */
    public boolean allows(String got) {
        return allowed.equals(got) || alternatives.contains(got);
    }

    /** The rule an observed value breaks. */
    public String ruleFor(String got) {
        if (ruleIfMore != null) {
            try {
                if (Long.parseLong(got) > Long.parseLong(allowed)) {
                    return ruleIfMore;
                }
            } catch (NumberFormatException notACount) {
                return rule;
            }
        }
        return rule;
    }
}
