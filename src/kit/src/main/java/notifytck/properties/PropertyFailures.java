package notifytck.properties;

import io.qameta.allure.Allure;
import java.util.List;

/**
 * What a failing property leaves behind: the actions that led there and the recorded history, in
 * the failure message and, for the last (shrunk) failure, as Allure attachments.
 */
final class PropertyFailures {
    private static volatile String lastSteps;
    private static volatile String lastHistory;

    private PropertyFailures() {}

    /** A failure of one rule, which the verdict counts against that rule alone. */
    static AssertionError fail(String rule, String what, List<String> steps, String history) {
        lastSteps = String.join("\n", steps);
        lastHistory = history;
        return new notifytck.kit.RuleViolation(rule, what + "\nactions:\n  " + String.join("\n  ", steps) + "\nhistory:\n" + history);
    }

    /** Attaches the last failure (after shrinking, the smallest) to the property's Allure result. */
    static void attachLast() {
        // Attached only inside a run that writes Allure results; the self-test's runs have none.
        if (lastSteps != null && Allure.getLifecycle().getCurrentTestCase().isPresent()) {
            Allure.addAttachment("shrunk actions", "text/plain", lastSteps);
            Allure.addAttachment("history", "text/plain", lastHistory);
        }
        lastSteps = null;
        lastHistory = null;
    }
}
