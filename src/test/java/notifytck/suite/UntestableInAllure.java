package notifytck.suite;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;

/**
 * An untestable rule has no scenario, so Allure would never show it. The report is the living
 * documentation, so each one gets a skipped entry carrying its reason.
 */
final class UntestableInAllure {
    private UntestableInAllure() {}

    static void write(RequirementCatalog catalog) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        for (Requirement r : catalog.requirements()) {
            if (!r.untestable()) {
                continue;
            }
            String uuid = UUID.randomUUID().toString();
            List<Label> labels = new ArrayList<>(RequirementLabels.of(r));
            labels.add(new Label().setName("tag").setValue("untestable"));
            TestResult result = new TestResult().setUuid(uuid).setHistoryId(r.id()).setTestCaseId(r.id())
                    .setName(r.id() + ": " + r.title())
                    .setFullName(r.file() + ":" + r.line())
                    .setDescription(r.description())
                    .setStatus(Status.SKIPPED)
                    .setStatusDetails(new StatusDetails().setMessage("untestable: "
                            + r.description().replaceAll("(?s).*Untestable:", "").strip()))
                    .setLabels(labels);
            lifecycle.scheduleTestCase(result);
            lifecycle.startTestCase(uuid);
            lifecycle.stopTestCase(uuid);
            lifecycle.writeTestCase(uuid);
        }
    }
}
