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
    /** The expectation comes from the feature's own document (one of the five). */
    public static final String SOURCE_DOCUMENT = "@source-document";
    /** The expectation comes from a related public page or header, cited in the rule's "Source:". */
    public static final String SOURCE_RELATED = "@source-related";
    public static final List<String> SOURCES = List.of(SOURCE_DOCUMENT, SOURCE_RELATED);

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

    /** "document" or "related": where the rule's expectation comes from. */
    public String sourceKind() {
        return tags.contains(SOURCE_RELATED) ? "related" : "document";
    }

    /** The related page a {@link #SOURCE_RELATED} rule cites; empty for a rule from its own document. */
    public String sourceCitation() {
        return RequirementCatalog.field(description, "Source:");
    }

    public int scenarios() {
        return scenarioLines.size();
    }
}
