package notifytck.suite;

import java.nio.file.Path;

/** Settings shared by the conformance suite and the self-test's runs of it. */
public final class SuiteSettings {
    public static final String GLUE = "notifytck.steps,notifytck.suite";

    private SuiteSettings() {}

    /** Where reports go: {@code -Dnotifytck.reports}, else reports/ under the working directory. */
    public static Path reports() {
        String dir = System.getProperty("notifytck.reports", "");
        return Path.of(dir.isBlank() ? "reports" : dir);
    }
}
