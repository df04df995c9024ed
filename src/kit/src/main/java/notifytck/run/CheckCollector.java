package notifytck.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import notifytck.kit.NotApplicable;
import notifytck.kit.RuleViolation;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

/**
 * Turns the engines' events into one {@link Check} per planned check. A check whose container
 * failed before it could run is not lost: it is reported failed, with the container's failure.
 */
final class CheckCollector implements TestExecutionListener {
    /** How much of a failure message a check keeps: histories can be long, and a flood must not exhaust memory. */
    static final int DETAIL_LIMIT = 64 * 1024;
    private static final Pattern SEED = Pattern.compile("seed\\s*=\\s*(-?\\d+)");

    private final Map<String, PlannedCheck> planned;
    private final Map<String, Check> results = new ConcurrentHashMap<>();
    private final Map<String, String> seeds = new ConcurrentHashMap<>();
    private final Map<String, String> containerFailures = new ConcurrentHashMap<>();
    private final Progress progress;

    CheckCollector(Map<String, PlannedCheck> planned, Progress progress) {
        this.planned = planned;
        this.progress = progress;
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        PlannedCheck p = planned.get(id.getUniqueId());
        if (p == null) {
            return;
        }
        for (String value : entry.getKeyValuePairs().values()) {
            Matcher m = SEED.matcher(value);
            if (m.find()) {
                seeds.put(p.name(), m.group(1));
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        PlannedCheck p = planned.get(id.getUniqueId());
        if (p == null) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                containerFailures.put(id.getUniqueId(), firstLine(result.getThrowable()));
            }
            return;
        }
        Check.Outcome outcome;
        Optional<Throwable> t = result.getThrowable();
        outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> Check.Outcome.PASSED;
            case ABORTED -> Check.Outcome.NOT_APPLICABLE;
            // A property reports a missing capability as an error of its lifecycle; it is still not applicable.
            case FAILED -> t.filter(CheckCollector::notApplicable).isPresent() ? Check.Outcome.NOT_APPLICABLE : Check.Outcome.FAILED;
        };
        String first = outcome == Check.Outcome.PASSED ? "" : firstLine(t);
        Optional<notifytck.suite.ScenarioLog.Entry> log = p.file().flatMap(f -> notifytck.suite.ScenarioLog.of(f, p.line()));
        if (outcome == Check.Outcome.FAILED && log.flatMap(notifytck.suite.ScenarioLog.Entry::setupFailure).isPresent()) {
            outcome = Check.Outcome.SETUP_FAILED;
            first = log.get().setupFailure().get();
        }
        String detail = outcome != Check.Outcome.PASSED && outcome != Check.Outcome.NOT_APPLICABLE ? t.map(CheckCollector::detail).orElse("") : "";
        // A check of several rules that names the one it found broken counts against that rule alone.
        List<String> rules = p.rules();
        if (outcome == Check.Outcome.FAILED) {
            Optional<String> violated = t.flatMap(RuleViolation::of);
            if (violated.isPresent() && p.rules().contains(violated.get())) {
                rules = List.of(violated.get());
            }
        }
        results.put(p.uniqueId(), new Check(p.kind(), p.name(), p.location(), rules, outcome, first, detail, seeds.get(p.name()),
                log.map(notifytck.suite.ScenarioLog.Entry::steps).orElse(List.of()), log.map(notifytck.suite.ScenarioLog.Entry::history).orElse("")));
        progress.finished(p);
    }

    /** Every planned check's result; one that never reported is a failure with the reason found for it. */
    List<Check> checks() {
        List<Check> out = new ArrayList<>();
        for (PlannedCheck p : planned.values()) {
            Check c = results.get(p.uniqueId());
            if (c == null) {
                String why = containerFailures.entrySet().stream().filter(e -> p.uniqueId().startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse("no result was reported for it");
                c = new Check(p.kind(), p.name(), p.location(), p.rules(), Check.Outcome.FAILED, "did not run: " + why, "", seeds.get(p.name()));
            } else if (c.seed().isEmpty() && seeds.containsKey(p.name())) {
                c = new Check(c.kind(), c.name(), c.location(), c.rules(), c.outcome(), c.firstFailure(), c.detail(), seeds.get(p.name()),
                        c.steps(), c.history());
            }
            out.add(c);
        }
        return out;
    }

    Map<String, String> seeds() {
        return Map.copyOf(seeds);
    }

    private static boolean notApplicable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NotApplicable || c instanceof TestAbortedException) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(Optional<Throwable> t) {
        return t.map(notifytck.kit.OneLine::of).orElse("");
    }

    private static String detail(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        if (!(t instanceof AssertionError)) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            m = w.toString();
        }
        return m.length() > DETAIL_LIMIT ? m.substring(0, DETAIL_LIMIT) + "\n... (" + (m.length() - DETAIL_LIMIT) + " more characters cut)" : m;
    }
}
