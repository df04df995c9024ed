package notifytck.report;

import io.qameta.allure.model.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;

/**
 * Allure labels that make the report read document, then section, then rule: epic is the
 * document, feature the section, story the requirement. Allure sorts names alphabetically, so
 * each section is numbered in the order the document gives it.
 */
final class RequirementLabels {
    static final Set<String> REPLACED = Set.of("epic", "feature", "story", "parentSuite", "suite", "subSuite");

    private final Map<String, String> numberedSection = new HashMap<>();

    RequirementLabels(RequirementCatalog catalog) {
        Map<String, Map<String, Integer>> order = new LinkedHashMap<>();
        for (Requirement r : catalog.requirements()) {
            Map<String, Integer> sections = order.computeIfAbsent(r.document(), k -> new LinkedHashMap<>());
            sections.putIfAbsent(r.section(), sections.size() + 1);
            numberedSection.put(r.id(), String.format("%02d %s", sections.get(r.section()), r.section()));
        }
    }

    List<Label> of(Requirement r) {
        String section = numberedSection.getOrDefault(r.id(), r.section());
        List<Label> labels = new ArrayList<>();
        labels.add(label("epic", r.document()));
        labels.add(label("feature", section));
        labels.add(label("story", r.id() + ": " + r.title()));
        labels.add(label("parentSuite", r.document()));
        labels.add(label("suite", section));
        labels.add(label("subSuite", r.id()));
        labels.add(label("document", r.document()));
        labels.add(label("section", r.section()));
        labels.add(label("requirement", r.id()));
        labels.add(label("level", r.level()));
        labels.add(label("source", r.sourceKind().equals("related") ? "related: " + r.sourceCitation() : "document"));
        if (r.ambiguous()) {
            labels.add(label("tag", "ambiguous"));
        }
        return labels;
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
