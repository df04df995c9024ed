package notifytck.run;

import java.util.List;

/**
 * How one check ended: a scenario (one Examples row of an outline counts as one) or a property.
 *
 * @param kind         "scenario" or "property"
 * @param name         the scenario's name, or the property's class and method
 * @param location     feature file and line of a scenario, or the property's class
 * @param rules        the rule IDs the check reports on
 * @param outcome      how it ended
 * @param firstFailure the first line of the failure or the reason it was not applicable; empty when it passed
 * @param detail       the whole failure message (histories, shrunk sequences), for the reports that have room
 * @param seed         the jqwik seed of a property; empty for a scenario
 */
public record Check(String kind, String name, String location, List<String> rules, Outcome outcome, String firstFailure,
                    String detail, String seed, List<notifytck.suite.ScenarioLog.Step> steps, String history) {
    public static final String SCENARIO = "scenario";
    public static final String PROPERTY = "property";

    /** How a check ended. */
    public Check(String kind, String name, String location, List<String> rules, Outcome outcome, String firstFailure, String detail, String seed) {
        this(kind, name, location, rules, outcome, firstFailure, detail, seed, List.of(), "");
    }

    public enum Outcome {
        PASSED("passed"), FAILED("failed"), NOT_APPLICABLE("not-applicable"),
        /** It failed before it reached what its rule is about (a Before hook or a Given step). */
        SETUP_FAILED("setup-failed");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Check {
        rules = List.copyOf(rules);
        firstFailure = firstFailure == null ? "" : firstFailure;
        detail = detail == null ? "" : detail;
        seed = seed == null ? "" : seed;
        steps = steps == null ? List.of() : List.copyOf(steps);
        history = history == null ? "" : history;
    }
}
