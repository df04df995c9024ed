package notifytck.suite;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each scenario of a run did, step by step, for the reports that show it (the living
 * documentation): its steps with their status, the history the kit recorded, and whether it
 * failed before it reached what its rule is about, in a Before hook or a Given step (the
 * Background's included, and the And and But steps that follow a Given). Such a scenario says
 * nothing of its rule; the run reports it as a setup failure with its cause.
 */
public final class ScenarioLog implements ConcurrentEventListener {
    /** One step as it ran. */
    public record Step(String keyword, String text, String status, String error) {}

    /** One scenario as it ran. */
    public record Entry(List<Step> steps, String history, Optional<String> setupFailure) {}

    private static final class Building {
        final List<Step> steps = Collections.synchronizedList(new ArrayList<>());
        volatile String history = "";
        volatile String setupFailure;
        volatile boolean inSetup = true;
    }

    /** Histories longer than this are cut: a flood of callbacks must not fill the memory of the reports. */
    static final int HISTORY_LIMIT = 64 * 1024;

    private static final Map<UUID, Building> BY_ID = new ConcurrentHashMap<>();
    private static final Map<String, Building> BY_LOCATION = new ConcurrentHashMap<>();

    /** Forgets what an earlier run found. */
    public static void clear() {
        BY_ID.clear();
        BY_LOCATION.clear();
    }

    /** The scenario at {@code file}:{@code line} in this run, if it ran. */
    public static Optional<Entry> of(Path file, int line) {
        Building b = BY_LOCATION.get(key(file, line));
        if (b == null) {
            return Optional.empty();
        }
        synchronized (b.steps) {
            return Optional.of(new Entry(List.copyOf(b.steps), b.history, Optional.ofNullable(b.setupFailure)));
        }
    }

    private static String key(Path file, int line) {
        return file.toAbsolutePath().normalize() + ":" + line;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, e -> {
            Building b = new Building();
            BY_ID.put(e.getTestCase().getId(), b);
            BY_LOCATION.put(key(Path.of(e.getTestCase().getUri()), e.getTestCase().getLocation().getLine()), b);
        });
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(EmbedEvent.class, e -> {
            Building b = BY_ID.get(e.getTestCase().getId());
            if (b != null && "history".equals(e.getName())) {
                String h = new String(e.getData(), StandardCharsets.UTF_8);
                b.history = h.length() > HISTORY_LIMIT ? h.substring(0, HISTORY_LIMIT) + "\n... (" + (h.length() - HISTORY_LIMIT) + " more characters cut)" : h;
            }
        });
    }

    private void stepFinished(TestStepFinished e) {
        Building b = BY_ID.get(e.getTestCase().getId());
        if (b == null) {
            return;
        }
        Throwable t = e.getResult().getError();
        String error = notifytck.kit.OneLine.of(t);
        String status = e.getResult().getStatus().name().toLowerCase(java.util.Locale.ROOT);
        if (e.getTestStep() instanceof PickleStepTestStep step) {
            String keyword = step.getStep().getKeyword().strip();
            if (keyword.equals("When") || keyword.equals("Then")) {
                b.inSetup = false;
            } else if (keyword.equals("Given")) {
                b.inSetup = true;
            }
            b.steps.add(new Step(keyword, step.getStepText(), status, error));
        }
        if (e.getResult().getStatus() == Status.FAILED && b.inSetup && b.setupFailure == null) {
            String what = e.getTestStep() instanceof PickleStepTestStep step ? "\"" + step.getStep().getKeyword().strip() + " "
                    + step.getStepText() + "\"" : e.getTestStep() instanceof HookTestStep ? "the kit's Before hook" : "a step";
            b.setupFailure = "setup failed at " + what + ": " + error;
        }
    }
}
