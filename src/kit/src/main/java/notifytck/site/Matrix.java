package notifytck.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import notifytck.report.VerdictJson;
import notifytck.run.ConfigurationError;

/**
 * Rules against implementations, from verdict files: rules in document order as rows, one column
 * per implementation (name and version), a status in each cell. Rows where the implementations
 * disagree are marked. Given several verdicts of one implementation, its column shows the newest
 * and, under it, the trend of the older ones, oldest first.
 */
public final class Matrix {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Statuses that say how an implementation behaved; not applicable, not selected and untestable say nothing of it. */
    private static final Set<String> JUDGED = Set.of("pass", "partial", "fail", "setup-failed", "expected-fail", "unexpected-pass");

    /** One verdict file, read. */
    record Run(String implementation, Instant started, Map<String, String> statuses, JsonNode root) {}

    private Matrix() {}

    public static void write(List<Path> verdicts, Path out) throws IOException {
        if (verdicts.isEmpty()) {
            throw new ConfigurationError("matrix: give at least one verdict.json");
        }
        List<Run> runs = new ArrayList<>();
        for (Path f : verdicts) {
            runs.add(read(f));
        }
        runs.sort(Comparator.comparing(Run::started));
        Map<String, List<Run>> byImplementation = new LinkedHashMap<>();
        runs.forEach(r -> byImplementation.computeIfAbsent(r.implementation(), k -> new ArrayList<>()).add(r));
        List<String> columns = new ArrayList<>(byImplementation.keySet());

        // Rows in document order, from the newest verdict, then any rule only older ones have.
        Run newest = runs.get(runs.size() - 1);
        Map<String, JsonNode> ruleInfo = new LinkedHashMap<>();
        List<Run> newestFirst = new ArrayList<>(runs);
        java.util.Collections.reverse(newestFirst);
        for (Run r : newestFirst) {
            for (JsonNode rule : r.root().get("rules")) {
                ruleInfo.putIfAbsent(rule.get("id").asText(), rule);
            }
        }
        List<String> documentOrder = new ArrayList<>();
        newest.root().get("documents").forEach(d -> documentOrder.add(d.get("title").asText()));
        Map<String, List<Map<String, Object>>> rowsByDocument = new LinkedHashMap<>();
        documentOrder.forEach(d -> rowsByDocument.put(d, new ArrayList<>()));
        int disagreements = 0;
        for (Map.Entry<String, JsonNode> e : ruleInfo.entrySet()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            Set<String> latest = new LinkedHashSet<>();
            for (String impl : columns) {
                List<Run> history = byImplementation.get(impl);
                String now = history.get(history.size() - 1).statuses().getOrDefault(e.getKey(), "absent");
                if (JUDGED.contains(now)) {
                    latest.add(now);
                }
                List<Map<String, Object>> trend = new ArrayList<>();
                for (Run older : history.subList(0, history.size() - 1)) {
                    String s = older.statuses().getOrDefault(e.getKey(), "absent");
                    trend.add(Map.of("status", StatusLook.of(s), "when", older.started().toString()));
                }
                cells.add(Map.of("status", StatusLook.of(now), "trend", trend, "hasTrend", !trend.isEmpty()));
            }
            boolean disagree = latest.size() > 1;
            disagreements += disagree ? 1 : 0;
            JsonNode info = e.getValue();
            rowsByDocument.computeIfAbsent(info.get("document").asText(), k -> new ArrayList<>())
                    .add(Map.of("id", e.getKey(), "title", info.get("title").asText(), "cells", cells, "disagree", disagree));
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        rowsByDocument.forEach((d, rows) -> documents.add(Map.of("title", d, "rows", rows, "width", columns.size() + 1)));
        List<Map<String, Object>> heads = new ArrayList<>();
        for (String impl : columns) {
            List<Run> history = byImplementation.get(impl);
            heads.add(Map.of("name", impl, "runs", history.size(), "latest", history.get(history.size() - 1).started().toString()));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("pageTitle", "notify-tck matrix");
        page.put("columns", heads);
        page.put("documents", documents);
        page.put("disagreements", disagreements);
        page.put("verdicts", runs.size());
        Files.createDirectories(out);
        SiteWriter.copyStatic(out);
        SiteWriter.render("matrix.mustache", out.resolve("matrix.html"), page);
    }

    static Run read(Path f) {
        JsonNode root;
        try {
            root = JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new ConfigurationError("matrix: " + f + " is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !VerdictJson.FORMAT.equals(root.path("format").asText())) {
            throw new ConfigurationError("matrix: " + f + " is not a notify-tck verdict (its \"format\" is not " + VerdictJson.FORMAT + ")");
        }
        for (String field : List.of("/implementation/name", "/implementation/version", "/run/started")) {
            if (!root.at(field).isTextual()) {
                throw new ConfigurationError("matrix: " + f + " has no " + field);
            }
        }
        if (!root.path("rules").isArray() || !root.path("documents").isArray()) {
            throw new ConfigurationError("matrix: " + f + " has no rules or documents");
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode r : root.get("rules")) {
            if (!r.path("id").isTextual() || !r.path("status").isTextual() || !r.path("document").isTextual() || !r.path("title").isTextual()) {
                throw new ConfigurationError("matrix: " + f + " has a rule without id, title, document or status");
            }
            statuses.put(r.get("id").asText(), r.get("status").asText());
        }
        Instant started;
        try {
            started = Instant.parse(root.at("/run/started").asText());
        } catch (DateTimeParseException e) {
            throw new ConfigurationError("matrix: " + f + ": /run/started is not a time (" + root.at("/run/started").asText() + ")");
        }
        String impl = root.at("/implementation/name").asText() + " " + root.at("/implementation/version").asText();
        return new Run(impl, started, statuses, root);
    }
}
