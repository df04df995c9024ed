package notifytck.run;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import notifytck.requirements.RequirementCatalog;

/** Everything one run found, in the form every report is written from. */
public record Verdict(KitInfo kit, String featureSetSha256, List<RequirementCatalog.Document> documents, ImplementationInfo implementation,
                      String selection, int tries, int parallel, Map<String, Long> timeouts, Map<String, String> seeds, String baseline,
                      Instant started, Instant finished, ExitCode exit, List<RuleVerdict> rules, List<String> incidents) {
    public Verdict {
        incidents = List.copyOf(incidents);
        documents = List.copyOf(documents);
        rules = List.copyOf(rules);
        timeouts = new LinkedHashMap<>(timeouts);
        seeds = new TreeMap<>(seeds);
    }

    /** How many rules ended in each status, per document and level. */
    public Map<String, Map<String, Map<RuleStatus, Integer>>> counts() {
        Map<String, Map<String, Map<RuleStatus, Integer>>> out = new LinkedHashMap<>();
        for (RequirementCatalog.Document d : documents) {
            out.put(d.title(), new TreeMap<>());
        }
        for (RuleVerdict r : rules) {
            out.computeIfAbsent(r.rule().document(), k -> new TreeMap<>())
                    .computeIfAbsent(r.rule().level(), k -> new EnumMap<>(RuleStatus.class))
                    .merge(r.status(), 1, Integer::sum);
        }
        return out;
    }

    /** How many rules ended in each status, per document. */
    public Map<String, Map<RuleStatus, Integer>> countsByDocument() {
        Map<String, Map<RuleStatus, Integer>> out = new LinkedHashMap<>();
        for (RequirementCatalog.Document d : documents) {
            out.put(d.title(), new EnumMap<>(RuleStatus.class));
        }
        for (RuleVerdict r : rules) {
            out.computeIfAbsent(r.rule().document(), k -> new EnumMap<>(RuleStatus.class)).merge(r.status(), 1, Integer::sum);
        }
        return out;
    }

    public Map<RuleStatus, Integer> totals() {
        Map<RuleStatus, Integer> out = new EnumMap<>(RuleStatus.class);
        rules.forEach(r -> out.merge(r.status(), 1, Integer::sum));
        return out;
    }

    public List<RuleVerdict> unexpected() {
        return rules.stream().filter(r -> r.status().unexpected()).toList();
    }
}
