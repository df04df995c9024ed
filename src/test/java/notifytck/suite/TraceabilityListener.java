package notifytck.suite;

import java.util.Set;
import java.util.stream.Collectors;
import notifytck.requirements.Outcomes;
import notifytck.requirements.RequirementCatalog;
import notifytck.requirements.TraceabilityReport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts every test that names a requirement (a Cucumber scenario through its Rule's tag, a jqwik
 * property through its @Tag) and writes reports/traceability.tsv when a test plan finishes. The
 * counts are kept for the whole JVM, since Surefire may run its classes as several plans. The
 * self-test's own runs register no listeners, so they never count.
 */
public final class TraceabilityListener implements TestExecutionListener {
    private static final Outcomes OUTCOMES = new Outcomes();
    private static volatile boolean anyCounted;

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest() && !(id.getSource().orElse(null) instanceof MethodSource)) {
            return;
        }
        Set<String> requirements = id.getTags().stream().map(TestTag::getName).filter(t -> t.startsWith("REQ-"))
                .collect(Collectors.toSet());
        if (requirements.isEmpty()) {
            return;
        }
        Outcomes.Result r = switch (result.getStatus()) {
            case SUCCESSFUL -> Outcomes.Result.PASSED;
            case ABORTED -> Outcomes.Result.NOT_APPLICABLE;
            case FAILED -> Outcomes.Result.FAILED;
        };
        boolean property = id.getSource().filter(s -> s instanceof MethodSource || s instanceof ClassSource).isPresent();
        for (String req : requirements) {
            if (property) {
                OUTCOMES.addExtra(req, id.getUniqueId(), r);
            } else {
                OUTCOMES.add(req, r);
            }
        }
        anyCounted = true;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (anyCounted) {
            TraceabilityReport.write(SuiteSettings.reports().resolve("traceability.tsv"), RequirementCatalog.features(), OUTCOMES);
        }
    }
}
