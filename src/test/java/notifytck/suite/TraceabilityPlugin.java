package notifytck.suite;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import notifytck.requirements.Outcomes;
import notifytck.requirements.RequirementCatalog;
import notifytck.requirements.TraceabilityReport;

/** Counts each scenario's outcome against its requirement and writes reports/traceability.tsv. */
public final class TraceabilityPlugin implements ConcurrentEventListener {
    private final Outcomes outcomes = new Outcomes();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> {
            RequirementCatalog catalog = RequirementCatalog.features();
            TraceabilityReport.write(SuiteSettings.reports().resolve("traceability.tsv"), catalog, outcomes);
            UntestableInAllure.write(catalog);
            AllureRelabel.apply(catalog, notifytck.kit.ImplementationLoader.load().name());
        });
    }

    private void finished(TestCaseFinished e) {
        RequirementCatalog.features().forTags(e.getTestCase().getTags())
                .ifPresent(r -> outcomes.add(r.id(), classify(e.getResult().getStatus())));
    }

    static Outcomes.Result classify(Status s) {
        switch (s) {
            case PASSED:
                return Outcomes.Result.PASSED;
            case SKIPPED:
                // Skipped means aborted by a NotApplicable: the implementation lacks what the scenario needs.
                return Outcomes.Result.NOT_APPLICABLE;
            default:
                // FAILED, and also UNDEFINED, PENDING, AMBIGUOUS, UNUSED: the requirement was not shown to hold.
                return Outcomes.Result.FAILED;
        }
    }
}
