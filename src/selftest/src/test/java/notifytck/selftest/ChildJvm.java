package notifytck.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of every JVM the tests start on notify-tck.jar. Such a JVM lives a few seconds, where
 * starting is what costs: C1 only, the serial collector, and the class-data-sharing archive the
 * build made of a short run on the same jar (see the module's pom), which maps the classes the run
 * would otherwise load and verify one by one.
 *
 * <p>The archive holds only for the jar it was made from, and only as the first entry of the class
 * path. One older than the jar (the jar was rebuilt without the tests' module) is not used; one
 * that still fails to map is left silently, because some tests read a child's every output line.
 */
public final class ChildJvm {
    public static final Path JAR = Path.of(System.getProperty("notifytck.jar", "../cli/target/notify-tck.jar"));
    private static final Path ARCHIVE = Path.of(System.getProperty("notifytck.jsa", "target/notify-tck.jsa"));

    private ChildJvm() {}

    /** The options, for a command whose class path starts with {@link #JAR}. */
    public static List<String> options() {
        List<String> o = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (archiveFitsJar()) {
            o.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        return o;
    }

    /** {@link #options()} as one string, for a shell command line or an environment variable. */
    public static String optionsLine() {
        return String.join(" ", options());
    }

    private static boolean archiveFitsJar() {
        try {
            // Unquoted in the nightly script's options, so a path with a blank would split.
            return Files.isRegularFile(ARCHIVE) && !ARCHIVE.toAbsolutePath().toString().matches(".*\\s.*")
                    && Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) > 0;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
