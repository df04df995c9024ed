package notifytck.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hold on the glue's jar reaches Cucumber's counted jar file systems: if a Cucumber upgrade
 * moved them, the run would only lose speed, silently; this test says so instead.
 */
class GlueJarHoldTest {
    @Test
    void aPackageInAJarIsHeldAndOneInAFolderIsNot() {
        // A package of a jar on this test's class path (Cucumber's own), and the kit's glue, in target/classes here.
        try (GlueJarHold jar = GlueJarHold.open("io.cucumber.core.resource")) {
            assertThat(jar.holds()).as("Cucumber's JarUriFileSystemService.open reached by reflection").isTrue();
        }
        try (GlueJarHold folder = GlueJarHold.open(notifytck.suite.SuiteSettings.GLUE.split(",")[0])) {
            assertThat(folder.holds()).isFalse();
        }
    }
}
