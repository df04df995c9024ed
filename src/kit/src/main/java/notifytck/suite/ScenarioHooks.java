package notifytck.suite;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.Collection;
import java.util.List;
import notifytck.kit.Deadline;
import notifytck.kit.NotApplicable;
import notifytck.kit.ScenarioContext;
import notifytck.kit.CurrentRun;
import notifytck.kit.Mechanisms;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.wire.client.WireInstance;

/**
 * Starts a fresh instance of the implementation for each scenario, or reports the scenario not
 * applicable when it needs a mechanism or control the implementation does not declare; closes the instance and attaches the history afterwards.
 */
public class ScenarioHooks {
    /** The tag of a rule the documents state for one Windows version only. */
    public static final String PLATFORM = "@platform-";

    @Before(order = 0)
    public void begin(Scenario scenario) {
        Collection<String> tags = scenario.getSourceTagNames();
        NotificationImplementation implementation = CurrentRun.implementation();
        Capabilities caps = implementation.capabilities();
        for (String tag : tags) {
            Mechanism m = Mechanisms.byTag(tag).map(Mechanisms.Entry::mechanism).orElse(null);
            if (m != null && !caps.supports(m)) {
                throw new NotApplicable(implementation.name() + " does not declare the " + m + " mechanism");
            }
            Control c = Mechanisms.NEEDS.get(tag);
            if (c != null && !caps.supports(c)) {
                throw new NotApplicable(implementation.name() + " does not declare the " + c + " control");
            }
        }
        String platform = implementation.platform() == null ? "" : implementation.platform().strip();
        for (String tag : tags) {
            if (tag.startsWith(PLATFORM) && !platform.isEmpty() && !tag.equals(PLATFORM + platform)) {
                throw new NotApplicable("the document states this for " + tag.substring(PLATFORM.length()) + " only, and "
                        + implementation.name() + " claims the platform " + platform);
            }
        }
        SystemUnderTest sut = Deadline.start(implementation);
        CurrentRun.started();
        ScenarioContext.begin(new ScenarioContext(scenario.getName(), tags, implementation, sut));
    }

    @After(order = 0)
    public void end(Scenario scenario) {
        ScenarioContext context;
        try {
            context = ScenarioContext.current();
        } catch (IllegalStateException notStarted) {
            return;
        }
        try {
            List<Throwable> failures = List.of();
            if (context.hasTag("@spooler")) {
                // Let held callbacks go and let them finish first, so a failure in one of them is not lost.
                context.closer().closeAll();
                SpoolerStage stage = SpoolerStage.current();
                try {
                    stage.settleAtEnd();
                } catch (AssertionError notQuiet) {
                    failures = List.of(notQuiet);
                }
                List<Throwable> inCallbacks = stage.judgeCallbackFailures();
                failures = failures.isEmpty() ? inCallbacks : failures;
            }
            scenario.attach(context.historyDump(), "text/plain", "history");
            java.util.Optional<String> flood = context.flood();
            if (flood.isPresent() && failures.isEmpty()) {
                throw new AssertionError(flood.get());
            }
            if (context.sut() instanceof WireInstance wire) {
                String stderr = wire.stderrTail();
                if (!stderr.isEmpty()) {
                    scenario.attach(stderr, "text/plain", "the program's stderr (last lines)");
                }
                if (!wire.incidents().isEmpty() && failures.isEmpty()) {
                    // The program died, broke the protocol or flooded during this scenario: it fails here, even if no call noticed.
                    throw new AssertionError("the program under test misbehaved on the wire during this scenario: " + String.join("; ", wire.incidents()));
                }
            }
            if (!failures.isEmpty()) {
                AssertionError e = new AssertionError("a callback failed inside the implementation's thread: " + failures.get(0), failures.get(0));
                failures.stream().skip(1).forEach(e::addSuppressed);
                throw e;
            }
        } finally {
            ScenarioContext.end();
        }
    }
}
