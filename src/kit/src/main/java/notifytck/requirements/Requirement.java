package notifytck.requirements;

import java.util.List;
import java.util.Set;

/**
 * One Gherkin Rule: a requirement with its ID, level, where it comes from in which document, and
 * the scenarios (one per Examples row for an outline) that check it.
 */
public record Requirement(String id, String level, Set<String> tags, String title, String document,
                          String mechanism, String section, String description, String file, int line,
                          List<Integer> scenarioLines, Set<String> featureTags) {
    public static final List<String> LEVELS = List.of("@must", "@must-not", "@should", "@may", "@behaviour", "@caller-obligation");

    public boolean untestable() {
        return tags.contains("@untestable");
    }

    public boolean ambiguous() {
        return tags.contains("@ambiguous");
    }

    /** The rule's own tags and those its feature gives every rule in it: what a selection is matched against. */
    public Set<String> allTags() {
        Set<String> all = new java.util.LinkedHashSet<>(featureTags);
        all.addAll(tags);
        return all;
    }

    public int scenarios() {
        return scenarioLines.size();
    }
}
