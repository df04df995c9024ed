package notifytck.suite;

/** Settings every conformance run gives Cucumber. */
public final class SuiteSettings {
    /** Where Cucumber finds the step definitions and the hooks that start an instance per scenario. */
    public static final String GLUE = "notifytck.steps,notifytck.suite";
    /** The plugins every run has: setup failures are told apart from failures of the rule. */
    public static final String PLUGINS = "notifytck.suite.ScenarioLog";

    private SuiteSettings() {}
}
