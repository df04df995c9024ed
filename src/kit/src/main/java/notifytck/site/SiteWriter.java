package notifytck.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;
import notifytck.run.Check;
import notifytck.run.RuleStatus;
import notifytck.run.RuleVerdict;
import notifytck.run.Verdict;

/**
 * The living documentation: a static site under {@code <out>/site/} that opens from the file
 * system with no network and no server. An index of the documents, a page per document with its
 * rules in the document's order (their text, reading or reason, source, status, scenarios with
 * steps, failure and history, and the properties that check them), the feature files with line
 * anchors, and the readings pages. HTML comes from Mustache templates, which escape every value.
 */
public final class SiteWriter {
    static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("notifytck/site");

    private SiteWriter() {}

    public static void write(Verdict v, RequirementCatalog catalog, Path featuresDir, Path site) throws IOException {
        Files.createDirectories(site.resolve("features"));
        Files.createDirectories(site.resolve("readings"));
        copyStatic(site);
        Map<String, List<RuleVerdict>> byDocument = new LinkedHashMap<>();
        v.documents().forEach(d -> byDocument.put(d.title(), new ArrayList<>()));
        v.rules().forEach(r -> byDocument.computeIfAbsent(r.rule().document(), k -> new ArrayList<>()).add(r));

        java.util.Set<String> inReadings = new java.util.HashSet<>();
        for (String mechanism : v.documents().stream().map(RequirementCatalog.Document::mechanism).distinct().toList()) {
            inReadings.addAll(renderReadings(mechanism, site.resolve("readings").resolve(mechanism + ".html")));
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (RequirementCatalog.Document d : v.documents()) {
            List<RuleVerdict> rules = byDocument.getOrDefault(d.title(), List.of());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", d.id());
            doc.put("title", d.title());
            doc.put("citation", d.citation());
            doc.put("mechanism", d.mechanism());
            doc.put("counts", counts(rules));
            doc.put("total", rules.size());
            docs.add(doc);
            render("document.mustache", site.resolve(d.id() + ".html"), documentPage(v, d, rules, inReadings));
            renderSource(featuresDir, d, site.resolve("features").resolve(d.id() + ".html"));
        }
        Map<String, Object> index = page(v, "notify-tck: " + v.implementation().title());
        index.put("documents", docs);
        index.put("totals", counts(v.rules()));
        render("index.mustache", site.resolve("index.html"), index);
    }

    private static Map<String, Object> page(Verdict v, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageTitle", title);
        m.put("implementation", v.implementation().title());
        m.put("implementationClass", v.implementation().className());
        m.put("platform", v.implementation().platform().isEmpty() ? "none claimed" : v.implementation().platform());
        m.put("kit", v.kit().version() + " (" + v.kit().commit() + ")");
        m.put("selection", v.selection().isEmpty() ? "everything" : v.selection());
        m.put("started", v.started().toString());
        m.put("exit", v.exit().code() + ": " + v.exit().meaning());
        return m;
    }

    private static Map<String, Object> documentPage(Verdict v, RequirementCatalog.Document d, List<RuleVerdict> rules, java.util.Set<String> inReadings) {
        Map<String, Object> m = page(v, d.title() + " — notify-tck");
        m.put("title", d.title());
        m.put("citation", d.citation());
        m.put("id", d.id());
        m.put("counts", counts(rules));
        m.put("readings", "readings/" + d.mechanism() + ".html");
        m.put("statuses", List.of(RuleStatus.values()).stream().map(s -> filter(s.word(), StatusLook.of(s.word()).label())).toList());
        m.put("levels", Requirement.LEVELS.stream().map(l -> l.substring(1)).map(l -> filter(l, l)).toList());
        m.put("sources", List.of(filter("document", "this document"), filter("related", "a related page")));
        // Sections in the order the document gives them: the order of their first rule.
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (RuleVerdict r : rules) {
            sections.computeIfAbsent(r.rule().section(), k -> new ArrayList<>()).add(rule(d, r, inReadings));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<Map<String, Object>>> e : sections.entrySet()) {
            list.add(Map.of("number", n++, "name", e.getKey(), "rules", e.getValue()));
        }
        m.put("sections", list);
        return m;
    }

    private static Map<String, Object> filter(String value, String label) {
        return Map.of("value", value, "label", label, "id", "f-" + value);
    }

    private static Map<String, Object> rule(RequirementCatalog.Document d, RuleVerdict v, java.util.Set<String> inReadings) {
        Requirement r = v.rule();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("level", r.level());
        m.put("status", StatusLook.of(v.status().word()));
        m.put("source", r.sourceKind());
        m.put("sourceCitation", r.sourceKind().equals("related") ? r.sourceCitation() : d.citation());
        m.put("ambiguous", r.ambiguous());
        m.put("reading", RequirementCatalog.field(r.description(), "Reading:"));
        m.put("untestable", RequirementCatalog.field(r.description(), "Untestable:"));
        m.put("section", r.section());
        m.put("featureLink", "features/" + d.id() + ".html#L" + r.line());
        m.put("featureName", r.file() + ":" + r.line());
        m.put("readingsLink", "readings/" + d.mechanism() + ".html" + (inReadings.contains(r.id()) ? "#" + r.id() : ""));
        m.put("firstFailure", v.firstFailure());
        m.put("baseline", v.expectedFailure().map(e -> e.reason() + (e.link().isEmpty() ? "" : " (" + e.link() + ")")).orElse(""));
        m.put("search", (r.id() + " " + r.title() + " " + r.description()).toLowerCase(java.util.Locale.ROOT));
        m.put("open", v.status().unexpected());
        List<Map<String, Object>> scenarios = new ArrayList<>();
        List<Map<String, Object>> properties = new ArrayList<>();
        for (Check c : v.checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("location", c.location());
            cm.put("status", StatusLook.of(c.outcome().word()));
            cm.put("failure", c.detail().isEmpty() ? c.firstFailure() : c.detail());
            cm.put("history", c.history());
            cm.put("seed", c.seed());
            cm.put("steps", c.steps().stream().map(s -> Map.of("keyword", s.keyword(), "text", s.text(), "status", StatusLook.of(s.status()),
                    "error", s.error())).toList());
            int line = c.location().lastIndexOf(':');
            cm.put("link", Check.SCENARIO.equals(c.kind()) && line > 0 ? "features/" + d.id() + ".html#L" + c.location().substring(line + 1) : "");
            (Check.PROPERTY.equals(c.kind()) ? properties : scenarios).add(cm);
        }
        m.put("scenarios", scenarios);
        m.put("properties", properties);
        m.put("hasChecks", !v.checks().isEmpty());
        return m;
    }

    static List<Map<String, Object>> counts(List<RuleVerdict> rules) {
        Map<RuleStatus, Long> n = rules.stream().collect(Collectors.groupingBy(RuleVerdict::status, Collectors.counting()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleStatus s : RuleStatus.values()) {
            if (n.getOrDefault(s, 0L) > 0) {
                out.add(Map.of("status", StatusLook.of(s.word()), "count", n.get(s)));
            }
        }
        return out;
    }

    private static void renderSource(Path featuresDir, RequirementCatalog.Document d, Path to) throws IOException {
        Path file = featuresDir.resolve(d.file().replaceFirst("^features/", ""));
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of("(feature file not found)");
        List<Map<String, Object>> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(Map.of("n", i + 1, "text", lines.get(i)));
        }
        render("source.mustache", to, Map.of("root", "../", "pageTitle", d.file(), "title", d.file(), "back", "../" + d.id() + ".html",
                "lines", numbered));
    }

    /** The readings page, each line with an anchor for every rule ID it is the first to name, so a rule can link to its entry. */
    private static java.util.Set<String> renderReadings(String mechanism, Path to) throws IOException {
        String text;
        try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream("notifytck/site/readings/" + mechanism + "-readings.md")) {
            text = in == null ? "(no readings page for " + mechanism + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.Set<String> anchored = new java.util.LinkedHashSet<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("REQ-[A-Z]+(?:-[A-Z]+)*-\\d{3}");
        for (String line : text.split("\n", -1)) {
            List<String> anchors = new ArrayList<>();
            java.util.regex.Matcher m = id.matcher(line);
            while (m.find()) {
                if (anchored.add(m.group())) {
                    anchors.add(m.group());
                }
            }
            lines.add(Map.of("text", line, "anchors", anchors));
        }
        render("readings.mustache", to, Map.of("root", "../", "pageTitle", mechanism + " readings", "title", "Readings: " + mechanism,
                "lines", lines));
        return anchored;
    }

    static void render(String template, Path to, Object scope) throws IOException {
        Mustache m = TEMPLATES.compile(template);
        try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            m.execute(w, scope);
        }
    }

    static void copyStatic(Path site) throws IOException {
        for (String f : List.of("site.css", "site.js")) {
            try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream("notifytck/site/" + f)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("the kit's " + f + " is missing"));
                }
                Files.copy(in, site.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
