package notifytck.selftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the self-test's own runs write: under the top folder's reports/, which git ignores. */
final class Reports {
    private Reports() {}

    static Path root() {
        String dir = System.getProperty("notifytck.reports", "");
        return Path.of(dir.isBlank() ? "reports" : dir).toAbsolutePath().normalize();
    }

    /** A fresh folder for one run's reports. */
    static Path fresh(String name) {
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
