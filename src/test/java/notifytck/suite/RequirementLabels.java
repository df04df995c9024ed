package notifytck.suite;

import io.qameta.allure.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import notifytck.requirements.Requirement;

/**
 * Allure labels that make the report read document, then section, then rule: epic is the
 * document, feature the section, story the requirement.
 */
final class RequirementLabels {
    static final Set<String> REPLACED = Set.of("epic", "feature", "story", "parentSuite", "suite", "subSuite");

    private RequirementLabels() {}

    static List<Label> of(Requirement r) {
        List<Label> labels = new ArrayList<>();
        labels.add(label("epic", r.document()));
        labels.add(label("feature", r.section()));
        labels.add(label("story", r.id() + ": " + r.title()));
        labels.add(label("parentSuite", r.mechanism()));
        labels.add(label("suite", r.document()));
        labels.add(label("subSuite", r.id()));
        labels.add(label("document", r.document()));
        labels.add(label("section", r.section()));
        labels.add(label("requirement", r.id()));
        labels.add(label("level", r.level()));
        if (r.ambiguous()) {
            labels.add(label("tag", "ambiguous"));
        }
        return labels;
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
