package notifytck.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;

/**
 * The rules an implementation is known to fail, each with a reason (Wine's todo_wine, AATH's
 * known-good results). One entry a line:
 * <pre>
 * # comment
 * REQ-SPOOL-CHAN-007 | the reason it fails | https://bugs.example/123
 * </pre>
 * The link is optional. A baselined rule that fails is expected-fail; one that passes is
 * unexpected-pass and fails the run, so a baseline cannot go stale silently.
 */
public final class Baseline {
    /** One expected failure. */
    public record Entry(String rule, String reason, String link, int line) {}

    public static final String PLACEHOLDER = "TODO: say why this implementation fails this rule";
    private static final Pattern ID = Pattern.compile("REQ-[A-Z]+(-[A-Z]+)*-\\d{3}");

    private final Map<String, Entry> entries;
    private final String source;

    private Baseline(Map<String, Entry> entries, String source) {
        this.entries = entries;
        this.source = source;
    }

    public static Baseline empty() {
        return new Baseline(Map.of(), "");
    }

    /** Reads and checks a baseline against the rules the features state. */
    public static Baseline read(Path file, RequirementCatalog catalog) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigurationError("baseline " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines, catalog);
    }

    static Baseline parse(String source, List<String> lines, RequirementCatalog catalog) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).strip();
            int n = i + 1;
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            String[] parts = raw.split("\\|", -1);
            String at = "baseline " + source + ", line " + n + ": ";
            if (parts.length < 2 || parts.length > 3) {
                throw new ConfigurationError(at + "expected 'RULE-ID | reason [| link]', got '" + raw + "'");
            }
            String rule = parts[0].strip();
            String reason = parts[1].strip();
            String link = parts.length == 3 ? parts[2].strip() : "";
            Matcher m = ID.matcher(rule);
            if (!m.matches()) {
                throw new ConfigurationError(at + "'" + rule + "' is not a rule ID (like REQ-SPOOL-CHAN-007)");
            }
            Optional<Requirement> r = catalog.byId(rule);
            if (r.isEmpty()) {
                throw new ConfigurationError(at + "no rule " + rule + " in the features");
            }
            if (r.get().untestable()) {
                throw new ConfigurationError(at + rule + " is untestable; it cannot fail, so it cannot be expected to");
            }
            if (reason.isEmpty()) {
                throw new ConfigurationError(at + rule + " needs a reason");
            }
            if (!link.isEmpty() && !link.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
                throw new ConfigurationError(at + "link '" + link + "' is not a URL");
            }
            if (entries.putIfAbsent(rule, new Entry(rule, reason, link, n)) != null) {
                throw new ConfigurationError(at + rule + " is listed twice (first on line " + entries.get(rule).line() + ")");
            }
        }
        return new Baseline(Map.copyOf(entries), source);
    }

    public Optional<Entry> entry(String rule) {
        return Optional.ofNullable(entries.get(rule));
    }

    /** Where the baseline was read from; empty for none. */
    public String source() {
        return source;
    }

    /**
     * A baseline from a run's failures, merged into what {@code existing} (the file being
     * rewritten, if any) already says: a reason and link written there, or in the run's own
     * baseline, are kept; a rule this run did not judge (not selected, not applicable) keeps its
     * entry; a rule that now passes loses it; a new failure gets a placeholder to fill in.
     */
    public static List<String> linesFor(String implementation, List<RuleVerdict> rules, List<String> existing) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String line : existing) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String id = l.split("\\|", 2)[0].strip();
            if (ID.matcher(id).matches()) {
                kept.put(id, l);
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# notify-tck baseline for " + implementation + ": the rules it is known to fail.");
        out.add("# RULE-ID | reason | optional link. A listed rule that passes fails the run (unexpected-pass).");
        for (RuleVerdict v : rules) {
            String id = v.rule().id();
            boolean failing = v.status() == RuleStatus.FAIL || v.status() == RuleStatus.EXPECTED_FAIL;
            boolean unjudged = v.status() == RuleStatus.NOT_SELECTED || v.status() == RuleStatus.NOT_APPLICABLE
                    || v.status() == RuleStatus.SETUP_FAILED;
            if (failing) {
                String fromRun = v.expectedFailure().map(e -> id + " | " + e.reason().replace('|', '/')
                        + (e.link().isEmpty() ? "" : " | " + e.link())).orElse(null);
                String fromFile = kept.get(id);
                out.add(fromRun != null ? fromRun : fromFile != null ? fromFile : id + " | " + PLACEHOLDER);
            } else if (unjudged && kept.containsKey(id)) {
                out.add(kept.get(id));
            }
        }
        return out;
    }

    /** A baseline from a run's failures alone (no file to merge into). */
    public static List<String> linesFor(String implementation, List<RuleVerdict> rules) {
        return linesFor(implementation, rules, List.of());
    }
}
