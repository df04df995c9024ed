package notifytck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;
import notifytck.run.ImplementationInfo;
import notifytck.run.RuleStatus;
import notifytck.run.RuleVerdict;
import notifytck.run.Verdict;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The run's Allure results: scenarios through Allure's Cucumber plugin, properties through its
 * JUnit Platform listener, and, once the run is judged, the labels that make the report read
 * document, section (in the document's order), rule; an entry for each untestable and each
 * not-selected rule; the environment panel; the categories; and the history of earlier runs of
 * the same implementation and selection, so trends never mix implementations.
 */
public final class AllureOutput {
    public static final String CUCUMBER_PLUGIN = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm";
    private static final String KEY_FILE = ".notifytck-history-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path results;
    private final Path out;
    private final AllureLifecycle lifecycle;
    private final String historyKey;

    private AllureOutput(Path results, Path out, String historyKey) {
        this.results = results;
        this.out = out;
        this.historyKey = historyKey;
        this.lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
    }

    /** Clears the results of the last run (keeping its history where it belongs) and starts new ones. */
    public static AllureOutput open(Path results, Path out, ImplementationInfo implementation, String selection) {
        String key = slug(implementation.name() + "-" + implementation.version()) + "-" + shortHash(selection);
        try {
            keepLastHistory(results, out);
            deleteTree(results);
            Files.createDirectories(results);
            Path mine = out.resolve("allure-history").resolve(key);
            if (Files.isDirectory(mine)) {
                copyTree(mine, results.resolve("history"));
            }
            Files.writeString(results.resolve(KEY_FILE), key, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + results, e);
        }
        AllureOutput o = new AllureOutput(results, out, key);
        // The Cucumber plugin takes Allure's lifecycle when Cucumber creates it, at the start of the run.
        Allure.setLifecycle(o.lifecycle);
        return o;
    }

    /** The report rendered from the last results holds that run's history: file it under that run's key. */
    private static void keepLastHistory(Path results, Path out) throws IOException {
        Path keyFile = results.resolve(KEY_FILE);
        Path reportHistory = out.resolve("allure-report").resolve("history");
        if (Files.isRegularFile(keyFile) && Files.isDirectory(reportHistory)) {
            String last = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            if (last.matches("[a-z0-9.-]+")) {
                copyTree(reportHistory, out.resolve("allure-history").resolve(last));
            }
        }
    }

    /** Allure's JUnit Platform listener, given only the properties' events (the Cucumber plugin reports scenarios). */
    public TestExecutionListener propertyListener() {
        AllureJunitPlatform allure = new AllureJunitPlatform(lifecycle);
        return new TestExecutionListener() {
            @Override
            public void testPlanExecutionStarted(TestPlan plan) {
                allure.testPlanExecutionStarted(plan);
            }

            @Override
            public void testPlanExecutionFinished(TestPlan plan) {
                allure.testPlanExecutionFinished(plan);
            }

            @Override
            public void executionStarted(TestIdentifier id) {
                if (property(id)) {
                    allure.executionStarted(id);
                }
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                if (property(id)) {
                    allure.executionSkipped(id, reason);
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (property(id)) {
                    allure.executionFinished(id, result);
                }
            }

            @Override
            public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                if (property(id)) {
                    allure.reportingEntryPublished(id, entry);
                }
            }
        };
    }

    private static boolean property(TestIdentifier id) {
        return id.getUniqueId().startsWith("[engine:jqwik]");
    }

    /** Labels, entries for rules without checks, environment and categories, once the run is judged. */
    public void finish(Verdict v, RequirementCatalog catalog) throws IOException {
        RequirementLabels labels = new RequirementLabels(catalog);
        relabel(catalog, labels, v.implementation());
        for (RuleVerdict r : v.rules()) {
            if (r.status() == RuleStatus.UNTESTABLE || r.status() == RuleStatus.NOT_SELECTED) {
                writeRuleOnly(r, labels);
            }
        }
        environment(v);
        categories();
    }

    private void relabel(RequirementCatalog catalog, RequirementLabels labels, ImplementationInfo implementation) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).collect(Collectors.toList())) {
                JsonNode root = JSON.readTree(f.toFile());
                if (!(root instanceof ObjectNode result) || !(result.get("labels") instanceof ArrayNode old)) {
                    continue;
                }
                List<String> tags = new ArrayList<>();
                for (JsonNode l : old) {
                    String name = l.path("name").asText();
                    if ("tag".equals(name)) {
                        String t = l.path("value").asText();
                        tags.add(t.startsWith("@") ? t : "@" + t);
                    }
                }
                Optional<Requirement> r = catalog.forTags(tags);
                if (r.isEmpty()) {
                    continue;
                }
                ArrayNode kept = JSON.createArrayNode();
                for (JsonNode l : old) {
                    if (!RequirementLabels.REPLACED.contains(l.path("name").asText())) {
                        kept.add(l);
                    }
                }
                for (Label l : labels.of(r.get())) {
                    kept.addObject().put("name", l.getName()).put("value", l.getValue());
                }
                result.set("labels", kept);
                ArrayNode parameters = result.get("parameters") instanceof ArrayNode p ? p : result.putArray("parameters");
                parameters.addObject().put("name", "implementation").put("value", implementation.title());
                JSON.writeValue(f.toFile(), result);
            }
        }
    }

    /** A rule with no check in this run would not show at all; the report is living documentation, so it shows with its reason. */
    private void writeRuleOnly(RuleVerdict v, RequirementLabels labels) {
        Requirement r = v.rule();
        String uuid = UUID.randomUUID().toString();
        List<Label> l = new ArrayList<>(labels.of(r));
        l.add(new Label().setName("tag").setValue(v.status().word()));
        String why = v.status() == RuleStatus.UNTESTABLE
                ? "untestable: " + RequirementCatalog.field(r.description(), "Untestable:")
                : "not selected: the run's selection left this rule out";
        TestResult result = new TestResult().setUuid(uuid).setHistoryId(r.id()).setTestCaseId(r.id()).setName(r.id() + ": " + r.title())
                .setFullName(r.file() + ":" + r.line()).setDescription(r.description()).setStatus(Status.SKIPPED)
                .setStatusDetails(new StatusDetails().setMessage(why)).setLabels(l);
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private void environment(Verdict v) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("implementation=" + v.implementation().name());
        lines.add("implementation.version=" + v.implementation().version());
        lines.add("implementation.class=" + v.implementation().className());
        lines.add("implementation.platform=" + (v.implementation().platform().isEmpty() ? "(none claimed)" : v.implementation().platform()));
        lines.add("mechanisms=" + String.join(" ", v.implementation().mechanisms()));
        lines.add("controls=" + String.join(" ", v.implementation().controls()));
        lines.add("kit.version=" + v.kit().version());
        lines.add("kit.commit=" + v.kit().commit());
        lines.add("selection=" + (v.selection().isEmpty() ? "(everything)" : v.selection()));
        lines.add("baseline=" + (v.baseline().isEmpty() ? "(none)" : v.baseline()));
        lines.add("tries=" + v.tries());
        lines.add("history=" + historyKey);
        Files.write(results.resolve("environment.properties"),
                lines.stream().map(s -> s.replace("\\", "\\\\").replace("\n", " ")).toList(), StandardCharsets.ISO_8859_1);
        ObjectNode executor = JSON.createObjectNode();
        executor.put("name", "notify-tck " + v.kit().version());
        executor.put("type", "notify-tck");
        executor.put("buildName", v.implementation().title() + (v.selection().isEmpty() ? "" : " [" + v.selection() + "]"));
        JSON.writeValue(results.resolve("executor.json").toFile(), executor);
    }

    private void categories() throws IOException {
        ArrayNode c = JSON.createArrayNode();
        category(c, "untestable", "^untestable:.*", "skipped");
        category(c, "not applicable", "(?s)^not applicable:.*", "skipped");
        category(c, "not selected", "^not selected:.*", "skipped");
        category(c, "implementation hung", "(?s).*(did not return within|was interrupted|hung).*", "failed", "broken");
        category(c, "assertion failed", "(?s).*", "failed");
        category(c, "kit or implementation error", "(?s).*", "broken");
        JSON.writerWithDefaultPrettyPrinter().writeValue(results.resolve("categories.json").toFile(), c);
    }

    private static void category(ArrayNode all, String name, String regex, String... statuses) {
        ObjectNode o = all.addObject();
        o.put("name", name);
        o.put("messageRegex", regex);
        ArrayNode s = o.putArray("matchedStatuses");
        for (String st : statuses) {
            s.add(st);
        }
    }

    private static String slug(String s) {
        String v = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
        return v.isEmpty() ? "implementation" : v.length() > 60 ? v.substring(0, 60) : v;
    }

    private static String shortHash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Path t = to.resolve(from.relativize(p).toString());
                Files.createDirectories(t.getParent());
                Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
