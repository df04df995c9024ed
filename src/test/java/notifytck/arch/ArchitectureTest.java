package notifytck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kit reaches implementations only through the SPI. Its code (SPI, kit, steps, suite,
 * requirements, self-test) never names the reference implementation or a faulty variant; the
 * SPI depends on nothing but the JDK.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("notifytck");
    }

    @Test
    void kitCodeNeverImportsTheReferenceImplementation() {
        ArchRule rule = noClasses().that().resideInAnyPackage("notifytck.spi..", "notifytck.kit..", "notifytck.steps..",
                        "notifytck.suite..", "notifytck.requirements..", "notifytck.selftest..")
                .should().dependOnClassesThat().resideInAnyPackage("notifytck.reference..", "notifytck.faulty..")
                .because("the kit must test any implementation through its adapter interfaces only");
        rule.check(classes);
    }

    @Test
    void theSpiDependsOnNothingButTheJdk() {
        ArchRule rule = noClasses().that().resideInAPackage("notifytck.spi..")
                .should().dependOnClassesThat().resideOutsideOfPackages("notifytck.spi..", "java..")
                .because("third parties implement the SPI with nothing else on their classpath");
        rule.check(classes);
    }

    @Test
    void theReferenceImplementationDoesNotReachIntoTheKit() {
        ArchRule rule = noClasses().that().resideInAPackage("notifytck.reference..")
                .should().dependOnClassesThat().resideInAnyPackage("notifytck.kit..", "notifytck.steps..", "notifytck.suite..")
                .because("the reference is one implementation among others, seen through the SPI");
        rule.check(classes);
    }
}
