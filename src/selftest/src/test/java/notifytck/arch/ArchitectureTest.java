package notifytck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What module scopes cannot keep. The modules already make it impossible for the SPI to depend on
 * anything, for the reference to see the kit, and for the kit or the command line to import the
 * reference. These rules cover what lives inside one module.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().importPackages("notifytck");
    }

    @Test
    void theSelfTestHarnessSeesVariantsOnlyThroughTheSpi() {
        ArchRule rule = noClasses().that().resideInAPackage("notifytck.selftest")
                .should().dependOnClassesThat().resideInAnyPackage("notifytck.reference..", "notifytck.variants..")
                .because("the self-test must judge each variant exactly as it judges a third party's implementation: through the SPI");
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineEndsTheJvm() {
        ArchRule rule = noClasses().that().resideInAnyPackage("notifytck.kit..", "notifytck.run..", "notifytck.report..",
                        "notifytck.steps..", "notifytck.suite..", "notifytck.properties..", "notifytck.requirements..")
                .should().callMethod(System.class, "exit", int.class)
                .because("a run must always finish and write its verdict; only the command line's main turns it into an exit code");
        rule.check(classes);
    }

    @Test
    void reportsAreWrittenFromTheVerdictNotFromTheEngines() {
        ArchRule rule = noClasses().that().resideInAPackage("notifytck.report..")
                .and().haveNameNotMatching("notifytck\\.report\\.AllureOutput(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.junit.platform..", "io.cucumber..")
                .because("every report says the same thing only if each is written from the one judged verdict");
        rule.check(classes);
    }

    @Test
    void theModelsArePureReadingsOfTheDocuments() {
        ArchRule rule = classes().that().resideInAPackage("notifytck.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("notifytck.model..", "notifytck.spi..", "java.lang", "java.util", "java.util.function", "java.util.stream")
                .andShould().notBeAssignableTo(Thread.class)
                .because("a model says what the documents allow; it has no threads, no clock, no engine and never the reference");
        rule.check(classes);
    }
}
