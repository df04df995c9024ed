package notifytck.suite;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which scenarios failed before they reached what their rule is about: in a Before hook or a
 * Given step (the Background's included, and the And and But steps that follow a Given). Such a
 * scenario says nothing of its rule; the run reports it as a setup failure with its cause.
 */
public final class SetupFailures implements ConcurrentEventListener {
    private static final Map<String, String> FAILED = new ConcurrentHashMap<>();
    private static final Map<java.util.UUID, Boolean> IN_SETUP = new ConcurrentHashMap<>();

    /** Forgets what an earlier run found. */
    public static void clear() {
        FAILED.clear();
        IN_SETUP.clear();
    }

    /** The cause, when the scenario at {@code file}:{@code line} failed in its setup. */
    public static Optional<String> of(Path file, int line) {
        return Optional.ofNullable(FAILED.get(key(file, line)));
    }

    private static String key(Path file, int line) {
        return file.toAbsolutePath().normalize() + ":" + line;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, e -> IN_SETUP.put(e.getTestCase().getId(), true));
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    }

    private void stepFinished(TestStepFinished e) {
        java.util.UUID id = e.getTestCase().getId();
        if (e.getTestStep() instanceof PickleStepTestStep step) {
            String keyword = step.getStep().getKeyword().strip();
            if (keyword.equals("When") || keyword.equals("Then")) {
                IN_SETUP.put(id, false);
            } else if (keyword.equals("Given")) {
                IN_SETUP.put(id, true);
            }
        }
        boolean setup = IN_SETUP.getOrDefault(id, false);
        boolean beforeHook = e.getTestStep() instanceof HookTestStep && setup;
        if (e.getResult().getStatus() == Status.FAILED && (setup || beforeHook)) {
            String what = e.getTestStep() instanceof PickleStepTestStep step ? "\"" + step.getStep().getKeyword().strip() + " "
                    + step.getStepText() + "\"" : "the kit's Before hook";
            Throwable t = e.getResult().getError();
            String cause = t == null ? "" : String.valueOf(t.getMessage()).strip().lines().findFirst().orElse(t.getClass().getName());
            FAILED.putIfAbsent(key(Path.of(e.getTestCase().getUri()), e.getTestCase().getLocation().getLine()),
                    "setup failed at " + what + ": " + cause);
        }
    }
}
