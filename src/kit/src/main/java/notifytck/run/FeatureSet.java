package notifytck.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import notifytck.requirements.RequirementCatalog;

/**
 * A folder of feature files, read into a catalog of rules, with a hash that names exactly this set
 * of rules in a verdict. The kit's own features come packaged with it; {@code --features} names a
 * local copy instead.
 */
public final class FeatureSet {
    private final Path directory;
    private final RequirementCatalog catalog;
    private final String sha256;
    private final boolean embedded;

    private FeatureSet(Path directory, boolean embedded) {
        this.directory = directory;
        this.embedded = embedded;
        this.catalog = RequirementCatalog.load(directory);
        this.sha256 = hash(directory);
    }

    /** The features packaged with the kit (a folder when run from classes, extracted once from a jar). */
    public static FeatureSet embedded() {
        return Embedded.SET;
    }

    private static final class Embedded {
        static final FeatureSet SET = new FeatureSet(locate(), true);
    }

    /** A local copy of the features; any problem with it is the user's, so it is a configuration error. */
    public static FeatureSet directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationError("--features " + dir + ": no such folder");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            if (files.noneMatch(p -> p.toString().endsWith(".feature"))) {
                throw new ConfigurationError("--features " + dir + ": holds no .feature file");
            }
        } catch (IOException e) {
            throw new ConfigurationError("--features " + dir + ": cannot be read (" + e.getMessage() + ")");
        }
        FeatureSet set;
        try {
            set = new FeatureSet(dir.toAbsolutePath().normalize(), false);
        } catch (UncheckedIOException e) {
            throw new ConfigurationError("--features " + dir + ": cannot be read (" + e.getMessage() + ")");
        }
        List<String> problems = set.catalog.problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationError("--features " + dir + ": " + problems.size() + " problem(s) in how the rules are stated; first: "
                    + problems.get(0));
        }
        return set;
    }

    public Path directory() {
        return directory;
    }

    public RequirementCatalog catalog() {
        return catalog;
    }

    public String sha256() {
        return sha256;
    }

    public boolean isEmbedded() {
        return embedded;
    }

    private static Path locate() {
        URL url = FeatureSet.class.getClassLoader().getResource("features");
        if (url == null) {
            throw new IllegalStateException("the kit's features are not on its classpath (features/ is packaged into the kit module)");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if ("jar".equals(url.getProtocol())) {
                return extract(url);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the kit's features from " + url, e);
        }
        throw new IllegalStateException("the kit's features are at " + url + ", which is neither a folder nor a jar");
    }

    /** Cucumber and the catalog read plain files; a jar's features are copied out once per JVM. */
    private static Path extract(URL url) throws IOException, URISyntaxException {
        Path target = Files.createTempDirectory("notify-tck-features");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(target)));
        String spec = url.toURI().toString();
        String jar = spec.substring(0, spec.indexOf("!/"));
        try (FileSystem fs = FileSystems.newFileSystem(java.net.URI.create(jar), Map.of())) {
            Path root = fs.getPath("/features");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    Path out = target.resolve(root.relativize(p).toString());
                    Files.createDirectories(out.getParent());
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return target;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary copy; the OS cleans what is left.
        }
    }

    /** SHA-256 over each feature file's path (relative, '/'-separated) and bytes, in path order. */
    private static String hash(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : files.filter(f -> f.toString().endsWith(".feature")).sorted().collect(Collectors.toList())) {
                md.update(dir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
