package notifytck.selftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the self-test's own runs write: under the top folder's reports/, which git ignores. */
public final class Reports {
    private Reports() {}

    /**
     * The project's top folder: the parent of the features Surefire names (notifytck.features), or,
     * run from elsewhere, the nearest folder above that has features/.
     */
    public static Path projectRoot() {
        String features = System.getProperty("notifytck.features", "");
        if (!features.isBlank()) {
            return Path.of(features).toAbsolutePath().normalize().getParent();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("features"))) {
                return p;
            }
        }
        throw new IllegalStateException("no features/ folder above " + Path.of("").toAbsolutePath() + ", and notifytck.features is not set");
    }

    public static Path root() {
        String dir = System.getProperty("notifytck.reports", "");
        return Path.of(dir.isBlank() ? "reports" : dir).toAbsolutePath().normalize();
    }

    /** A fresh folder for one run's reports. */
    public static Path fresh(String name) {
        Path dir = root().resolve("selftest-runs").resolve(name);
        try {
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
