package notifytck.suite;

/** Settings every conformance run gives Cucumber. */
public final class SuiteSettings {
    /** Where Cucumber finds the step definitions and the hooks that start an instance per scenario. */
    public static final String GLUE = "notifytck.steps,notifytck.suite";

    private SuiteSettings() {}
}
