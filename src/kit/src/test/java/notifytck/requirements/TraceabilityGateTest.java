package notifytck.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The traceability gate: the build fails when a Rule lacks its ID or level, an ID repeats, a Rule
 * has no scenario and is not untestable, or a scenario stands outside a Rule. The gate is tested
 * on broken feature texts too, so it cannot pass by accident.
 */
class TraceabilityGateTest {
    private static final String HEAD = "Feature: Doc\n\n";

    @Test
    void theProjectsFeaturesPassTheGate() {
        RequirementCatalog catalog = RequirementCatalog.features();
        assertThat(catalog.problems()).as("traceability problems in features/").isEmpty();
        assertThat(catalog.requirements()).isNotEmpty();
    }

    @Test
    void aWellFormedRulePasses() {
        RequirementCatalog c = RequirementCatalog.parse("x/doc.feature", HEAD
                + "  @REQ-X-001 @must @source-document\n  Rule: r\n    Section: S\n\n    Scenario: s\n      Given x\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.requirements()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("REQ-X-001");
            assertThat(r.level()).isEqualTo("must");
            assertThat(r.section()).isEqualTo("S");
            assertThat(r.document()).isEqualTo("Doc");
            assertThat(r.mechanism()).isEqualTo("x");
            assertThat(r.scenarios()).isEqualTo(1);
        });
    }

    @Test
    void aRuleWithoutIdIsRejected() {
        assertProblem("  @must @source-document\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n", "needs exactly one @REQ-");
    }

    @Test
    void aRuleWithTwoLevelsIsRejected() {
        assertProblem("  @REQ-X-001 @must @may @source-document\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n", "exactly one level tag");
    }

    @Test
    void aRuleWithoutLevelIsRejected() {
        assertProblem("  @REQ-X-001 @source-document\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n", "exactly one level tag");
    }

    @Test
    void aRepeatedIdIsRejected() {
        assertProblem("  @REQ-X-001 @must @source-document\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n"
                + "  @REQ-X-001 @may @source-document\n  Rule: q\n    Section: S\n    Scenario: t\n      Given x\n", "REQ-X-001 is used by 2 Rules");
    }

    @Test
    void aRuleWithoutScenarioMustBeUntestable() {
        assertProblem("  @REQ-X-001 @must @source-document\n  Rule: r\n    Section: S\n", "has no scenario and is not tagged @untestable");
    }

    @Test
    void anUntestableRuleNeedsItsReason() {
        assertProblem("  @REQ-X-001 @must @untestable @source-document\n  Rule: r\n    Section: S\n", "gives no 'Untestable:' reason");
    }

    @Test
    void anAmbiguousRuleNeedsItsReading() {
        assertProblem("  @REQ-X-001 @must @ambiguous @source-document\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n", "explains no 'Reading:'");
    }

    @Test
    void aScenarioOutsideARuleIsRejected() {
        assertProblem("  Scenario: loose\n    Given x\n", "stands outside any Rule");
    }

    @Test
    void aRuleWithoutSectionIsRejected() {
        assertProblem("  @REQ-X-001 @must @source-document\n  Rule: r\n    Scenario: s\n      Given x\n", "'Section:'");
    }

    @Test
    void anOutlineCountsOneScenarioPerExampleRow() {
        RequirementCatalog c = RequirementCatalog.parse("x/doc.feature", HEAD
                + "  @REQ-X-001 @must @source-document\n  Rule: r\n    Section: S\n    Scenario Outline: s <a>\n      Given <a>\n"
                + "      Examples:\n        | a |\n        | 1 |\n        | 2 |\n");
        assertThat(c.requirements().get(0).scenarios()).isEqualTo(2);
    }

    private static void assertProblem(String body, String expected) {
        RequirementCatalog c = RequirementCatalog.parse("x/doc.feature", HEAD + body);
        assertThat(c.problems()).as("problems found").anyMatch(p -> p.contains(expected));
    }

    @Test
    void aRuleWithoutItsSourceIsRejected() {
        assertProblem("  @REQ-X-001 @must\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n", "needs exactly one source tag");
        assertProblem("  @REQ-X-001 @must @source-document @source-related\n  Rule: r\n    Section: S\n    Source: p\n    Scenario: s\n      Given x\n",
                "needs exactly one source tag");
    }

    @Test
    void aRelatedSourceRuleMustCiteItsSource() {
        assertProblem("  @REQ-X-001 @must @source-related\n  Rule: r\n    Section: S\n    Scenario: s\n      Given x\n", "cites no 'Source:'");
        RequirementCatalog c = RequirementCatalog.parse("x/doc.feature", HEAD + "  @REQ-X-001 @must @source-related\n  Rule: r\n    Section: S\n"
                + "    Source: the WDK page \"Notification Errors\"\n    Scenario: s\n      Given x\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.requirements().get(0).sourceKind()).isEqualTo("related");
        assertThat(c.requirements().get(0).sourceCitation()).isEqualTo("the WDK page \"Notification Errors\"");
    }
}
