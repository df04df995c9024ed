package notifytck.suite;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import notifytck.requirements.RequirementCatalog;

/**
 * At the end of a Cucumber run: an Allure entry for each untestable rule, and the document,
 * section and requirement labels on every scenario's result. (Counting toward traceability.tsv is
 * {@link TraceabilityListener}'s, for scenarios and properties alike.)
 */
public final class AllureRequirementsPlugin implements ConcurrentEventListener {
    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunFinished.class, e -> {
            RequirementCatalog catalog = RequirementCatalog.features();
            UntestableInAllure.write(catalog);
            AllureRelabel.apply(catalog, notifytck.kit.ImplementationLoader.load().name());
        });
    }
}
