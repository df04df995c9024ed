package notifytck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import notifytck.requirements.RequirementCatalog;
import notifytck.run.Check;
import notifytck.run.RuleStatus;
import notifytck.run.RuleVerdict;
import notifytck.run.Verdict;

/**
 * {@code verdict.json}: the run as data, for CI systems and for the matrix of implementations.
 * Its schema is docs/verdict.schema.json (shipped in the jar as notifytck/run/verdict.schema.json);
 * {@link #FORMAT} changes when a field changes meaning or goes away.
 */
public final class VerdictJson {
    public static final String FORMAT = "notify-tck-verdict/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerdictJson() {}

    public static void write(Verdict v, Path file) throws IOException {
        JSON.writeValue(file.toFile(), tree(v));
    }

    public static ObjectNode tree(Verdict v) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode kit = root.putObject("kit");
        kit.put("version", v.kit().version());
        kit.put("commit", v.kit().commit());
        kit.put("featureSetSha256", v.featureSetSha256());

        ArrayNode docs = root.putArray("documents");
        for (RequirementCatalog.Document d : v.documents()) {
            docs.addObject().put("id", d.id()).put("title", d.title()).put("citation", d.citation()).put("mechanism", d.mechanism())
                    .put("feature", d.file());
        }

        ObjectNode impl = root.putObject("implementation");
        impl.put("name", v.implementation().name());
        impl.put("version", v.implementation().version());
        impl.put("class", v.implementation().className());
        impl.put("platform", v.implementation().platform());
        ArrayNode mech = impl.putArray("mechanisms");
        v.implementation().mechanisms().forEach(mech::add);
        ArrayNode ctl = impl.putArray("controls");
        v.implementation().controls().forEach(ctl::add);

        ObjectNode run = root.putObject("run");
        run.put("selection", v.selection());
        run.put("tries", v.tries());
        run.put("parallel", v.parallel());
        ObjectNode timeouts = run.putObject("timeoutsMillis");
        v.timeouts().forEach(timeouts::put);
        ObjectNode seeds = run.putObject("seeds");
        v.seeds().forEach(seeds::put);
        run.put("baseline", v.baseline());
        run.put("started", v.started().toString());
        run.put("finished", v.finished().toString());
        run.put("durationMillis", Duration.between(v.started(), v.finished()).toMillis());

        ObjectNode exit = root.putObject("exit");
        exit.put("code", v.exit().code());
        exit.put("meaning", v.exit().meaning());

        ArrayNode incidents = root.putArray("incidents");
        v.incidents().forEach(incidents::add);
        ObjectNode totals = root.putObject("totals");
        for (RuleStatus s : RuleStatus.values()) {
            totals.put(s.word(), v.totals().getOrDefault(s, 0));
        }
        // Rules whose expectation comes from a related page rather than the five documents are counted apart.
        ObjectNode bySource = root.putObject("totalsBySource");
        for (String kind : new String[] {"document", "related"}) {
            ObjectNode k = bySource.putObject(kind);
            for (RuleStatus s : RuleStatus.values()) {
                k.put(s.word(), v.rules().stream().filter(r -> r.rule().sourceKind().equals(kind) && r.status() == s).count());
            }
        }
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<String, Map<String, Map<RuleStatus, Integer>>> d : v.counts().entrySet()) {
            ObjectNode byLevel = counts.putObject(d.getKey());
            for (Map.Entry<String, Map<RuleStatus, Integer>> l : d.getValue().entrySet()) {
                ObjectNode byStatus = byLevel.putObject(l.getKey());
                l.getValue().forEach((s, n) -> byStatus.put(s.word(), n));
            }
        }

        ArrayNode rules = root.putArray("rules");
        for (RuleVerdict r : v.rules()) {
            ObjectNode o = rules.addObject();
            o.put("id", r.rule().id());
            o.put("title", r.rule().title());
            o.put("level", r.rule().level());
            o.put("document", r.rule().document());
            o.put("section", r.rule().section());
            o.put("feature", r.rule().file() + ":" + r.rule().line());
            ObjectNode source = o.putObject("source");
            source.put("kind", r.rule().sourceKind());
            source.put("citation", r.rule().sourceKind().equals("related") ? r.rule().sourceCitation()
                    : v.documents().stream().filter(d -> d.title().equals(r.rule().document())).map(RequirementCatalog.Document::citation)
                            .findFirst().orElse(r.rule().document()));
            o.put("status", r.status().word());
            o.put("ambiguous", r.rule().ambiguous());
            r.expectedFailure().ifPresent(e -> {
                ObjectNode b = o.putObject("baseline");
                b.put("reason", e.reason());
                if (!e.link().isEmpty()) {
                    b.put("link", e.link());
                }
            });
            ArrayNode scenarios = o.putArray("scenarios");
            ArrayNode properties = o.putArray("properties");
            for (Check c : r.checks()) {
                ObjectNode co = (Check.PROPERTY.equals(c.kind()) ? properties : scenarios).addObject();
                co.put("name", c.name());
                co.put("location", c.location());
                co.put("status", c.outcome().word());
                if (!c.firstFailure().isEmpty()) {
                    co.put("firstFailure", c.firstFailure());
                }
                if (!c.seed().isEmpty()) {
                    co.put("seed", c.seed());
                }
            }
        }
        return root;
    }
}
