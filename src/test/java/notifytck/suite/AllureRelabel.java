package notifytck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qameta.allure.model.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;

/**
 * Gives each scenario's Allure result the document, section and requirement labels of its Rule.
 * Done on the written results at the end of the run: the Cucumber adapter owns its test cases
 * while they run, and labels added from a hook do not reach them.
 */
final class AllureRelabel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureRelabel() {}

    static Path resultsDirectory() {
        String dir = System.getProperty("allure.results.directory", "");
        return Path.of(dir.isBlank() ? "reports/allure-results" : dir);
    }

    static void apply(RequirementCatalog catalog, String implementation) {
        Path dir = resultsDirectory();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).collect(Collectors.toList())) {
                relabel(f, catalog, implementation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void relabel(Path file, RequirementCatalog catalog, String implementation) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (!(root instanceof ObjectNode result) || !(result.get("labels") instanceof ArrayNode labels)) {
            return;
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode l : labels) {
            if ("tag".equals(l.path("name").asText()) || "requirement".equals(l.path("name").asText())) {
                String v = l.path("value").asText();
                if ("requirement".equals(l.path("name").asText())) {
                    return;
                }
                tags.add(v.startsWith("@") ? v : "@" + v);
            }
        }
        Optional<Requirement> r = catalog.forTags(tags);
        if (r.isEmpty()) {
            return;
        }
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode l : labels) {
            if (!RequirementLabels.REPLACED.contains(l.path("name").asText())) {
                kept.add(l);
            }
        }
        for (Label l : RequirementLabels.of(r.get())) {
            kept.addObject().put("name", l.getName()).put("value", l.getValue());
        }
        result.set("labels", kept);
        ArrayNode parameters = result.get("parameters") instanceof ArrayNode p ? p : result.putArray("parameters");
        parameters.addObject().put("name", "implementation").put("value", implementation);
        JSON.writeValue(file.toFile(), result);
    }
}
