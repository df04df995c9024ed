package notifytck.requirements;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The requirements as the feature files state them, and what is wrong with how they are stated.
 * The traceability gate, the report and the Allure labels all read the features through this.
 */
public final class RequirementCatalog {
    private static final String ID_PREFIX = "@REQ-";

    /** One feature file: one document (or, for the spooler overview, one page) as the kit restates it. */
    public record Document(String id, String title, String citation, String mechanism, String file, Set<String> tags) {}

    private final List<Requirement> requirements = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private RequirementCatalog() {}

    /** The kit's own features (packaged with it), read once per JVM. */
    public static RequirementCatalog features() {
        return notifytck.run.FeatureSet.embedded().catalog();
    }

    public static RequirementCatalog load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no features directory at " + root.toAbsolutePath());
        }
        RequirementCatalog c = new RequirementCatalog();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().collect(Collectors.toList())) {
                c.read(root, f, Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        c.checkUniqueIds();
        return c;
    }

    /** For tests of the gate itself: one feature text as if it were the file {@code name}. */
    public static RequirementCatalog parse(String name, String text) {
        RequirementCatalog c = new RequirementCatalog();
        c.read(Path.of("."), Path.of(name), text);
        c.checkUniqueIds();
        return c;
    }

    public List<Requirement> requirements() {
        return Collections.unmodifiableList(requirements);
    }

    public List<Document> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Optional<Requirement> byId(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The requirement a running scenario checks, from its (inherited) tags. */
    public Optional<Requirement> forTags(java.util.Collection<String> tags) {
        return tags.stream().filter(t -> t.startsWith(ID_PREFIX)).map(t -> t.substring(1)).findFirst().flatMap(this::byId);
    }

    private void read(Path root, Path file, String text) {
        // Named as under the project's features/ folder, wherever this copy of it lies.
        String where = root.equals(Path.of(".")) ? file.toString() : "features/" + root.relativize(file).toString().replace('\\', '/');
        List<Envelope> envelopes = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(where, text.getBytes(StandardCharsets.UTF_8)).collect(Collectors.toList());
        for (Envelope e : envelopes) {
            e.getParseError().ifPresent(err -> problems.add(where + ": Gherkin parse error: " + err.getMessage()));
        }
        Optional<Feature> feature = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream())
                .flatMap(d -> d.getFeature().stream()).findFirst();
        if (feature.isEmpty()) {
            problems.add(where + ": no Feature");
            return;
        }
        Path rel = root.relativize(file);
        String mechanism = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
        Set<String> featureTags = feature.get().getTags().stream().map(Tag::getName).collect(Collectors.toCollection(LinkedHashSet::new));
        String featureDescription = feature.get().getDescription() == null ? "" : feature.get().getDescription().strip();
        String stem = rel.getFileName().toString().replaceFirst("\\.feature$", "");
        documents.add(new Document(stem, feature.get().getName(), citation(featureDescription), mechanism, where, Set.copyOf(featureTags)));
        for (FeatureChild child : feature.get().getChildren()) {
            child.getScenario().ifPresent(s -> problems.add(where + ":" + s.getLocation().getLine()
                    + ": scenario \"" + s.getName() + "\" stands outside any Rule"));
            child.getRule().ifPresent(r -> readRule(where, feature.get().getName(), mechanism, r, featureTags));
        }
    }

    /** The feature's "Document:" paragraph: how the document is cited. */
    private static String citation(String featureDescription) {
        int i = featureDescription.indexOf("Document:");
        if (i < 0) {
            return "";
        }
        String rest = featureDescription.substring(i + "Document:".length());
        int end = rest.indexOf("Requirement IDs:");
        int dot = rest.indexOf(".\n");
        int stop = end >= 0 ? end : rest.length();
        if (dot >= 0 && dot < stop) {
            stop = dot + 1;
        }
        return rest.substring(0, stop).strip().replaceAll("\\s+", " ");
    }

    private void readRule(String file, String document, String mechanism, Rule rule, Set<String> featureTags) {
        String at = file + ":" + rule.getLocation().getLine() + ": Rule \"" + rule.getName() + "\"";
        Set<String> tags = rule.getTags().stream().map(Tag::getName).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> ids = tags.stream().filter(t -> t.startsWith(ID_PREFIX)).collect(Collectors.toList());
        List<String> levels = tags.stream().filter(Requirement.LEVELS::contains).collect(Collectors.toList());
        if (ids.size() != 1) {
            problems.add(at + ": needs exactly one " + ID_PREFIX + "... tag, has " + ids);
        }
        if (levels.size() != 1) {
            problems.add(at + ": needs exactly one level tag of " + Requirement.LEVELS + ", has " + levels);
        }
        String description = rule.getDescription() == null ? "" : rule.getDescription().strip();
        String section = field(description, "Section:");
        if (section.isEmpty()) {
            problems.add(at + ": description must start with 'Section:' naming the document's section");
        }
        List<Integer> scenarios = new ArrayList<>();
        for (RuleChild rc : rule.getChildren()) {
            rc.getScenario().ifPresent(s -> scenarios.addAll(lines(s)));
        }
        boolean untestable = tags.contains("@untestable");
        if (scenarios.isEmpty() && !untestable) {
            problems.add(at + ": has no scenario and is not tagged @untestable");
        }
        if (untestable && !scenarios.isEmpty()) {
            problems.add(at + ": is tagged @untestable but has scenarios");
        }
        if (untestable && field(description, "Untestable:").isEmpty()) {
            problems.add(at + ": is @untestable but gives no 'Untestable:' reason");
        }
        List<String> sources = tags.stream().filter(Requirement.SOURCES::contains).collect(Collectors.toList());
        if (sources.size() != 1) {
            problems.add(at + ": needs exactly one source tag of " + Requirement.SOURCES + ", has " + sources);
        }
        if (tags.contains(Requirement.SOURCE_RELATED) && field(description, "Source:").isEmpty()) {
            problems.add(at + ": is " + Requirement.SOURCE_RELATED + " but cites no 'Source:'");
        }
        if (tags.contains("@ambiguous") && field(description, "Reading:").isEmpty()) {
            problems.add(at + ": is @ambiguous but explains no 'Reading:'");
        }
        if (ids.size() == 1 && levels.size() == 1) {
            requirements.add(new Requirement(ids.get(0).substring(1), levels.get(0).substring(1), tags, rule.getName(),
                    document, mechanism, section, description, file, rule.getLocation().getLine().intValue(), List.copyOf(scenarios),
                    Set.copyOf(featureTags)));
        }
    }

    /** An outline counts once per Examples row: each row runs as its own scenario. */
    private static List<Integer> lines(Scenario s) {
        if (s.getExamples().isEmpty()) {
            return List.of(s.getLocation().getLine().intValue());
        }
        List<Integer> rows = new ArrayList<>();
        for (Examples ex : s.getExamples()) {
            ex.getTableBody().forEach(row -> rows.add(row.getLocation().getLine().intValue()));
        }
        return rows;
    }

    /** The text after {@code label} on its line, up to the next labelled paragraph. */
    public static String field(String description, String label) {
        int i = description.indexOf(label);
        if (i < 0) {
            return "";
        }
        String rest = description.substring(i + label.length());
        int end = rest.length();
        for (String next : List.of("\nSection:", "\nReading:", "\nUntestable:", "\nSource:")) {
            int j = rest.indexOf(next);
            if (j >= 0 && j < end) {
                end = j;
            }
        }
        String value = rest.substring(0, end).strip();
        return label.equals("Section:") ? value.lines().findFirst().orElse("").strip() : value.replaceAll("\\s+", " ");
    }

    private void checkUniqueIds() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            seen.merge(r.id(), 1, Integer::sum);
        }
        seen.forEach((id, n) -> {
            if (n > 1) {
                problems.add(id + " is used by " + n + " Rules");
            }
        });
    }
}
