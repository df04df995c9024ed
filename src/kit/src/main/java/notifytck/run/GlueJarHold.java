package notifytck.run;

import java.io.Closeable;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.util.Enumeration;

/**
 * Keeps the jar the step definitions come from open for the whole run, when they come from a jar
 * (the CLI's notify-tck.jar).
 *
 * <p>Why: Cucumber gives every thread that runs scenarios its own runner, and every runner scans
 * the glue packages again. In a jar that scan opens a zip file system, which reads the jar's
 * whole central directory (about 16,000 entries in the CLI's jar), only to close it again. With
 * the many threads a run without quiesce uses to overlap its quiet windows, those reads were a
 * third of the run's CPU and delayed the start of most scenarios. Cucumber counts the openings of
 * one jar and reuses the file system while any is open, so one opening held here turns every
 * later scan into a lookup.
 *
 * <p>The counting is Cucumber's internal {@code JarUriFileSystemService}, reached by reflection.
 * It changes nothing but speed: when the class or method is not there (another Cucumber), the
 * run goes on without it, as before.
 */
final class GlueJarHold implements AutoCloseable {
    private final Closeable held;

    private GlueJarHold(Closeable held) {
        this.held = held;
    }

    /** Opens and holds the jar of {@code gluePackage}, if the glue is in a jar; else holds nothing. */
    static GlueJarHold open(String gluePackage) {
        try {
            Enumeration<URL> where = Thread.currentThread().getContextClassLoader().getResources(gluePackage.replace('.', '/'));
            while (where.hasMoreElements()) {
                URI uri = where.nextElement().toURI();
                if ("jar".equals(uri.getScheme())) {
                    Method open = Class.forName("io.cucumber.core.resource.JarUriFileSystemService").getDeclaredMethod("open", URI.class);
                    open.setAccessible(true);
                    return new GlueJarHold((Closeable) open.invoke(null, uri));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException | java.net.URISyntaxException notAvailable) {
            // Only speed is lost: each runner opens the jar itself.
        }
        return new GlueJarHold(null);
    }

    /** Whether a jar is held (for the kit's own test). */
    boolean holds() {
        return held != null;
    }

    @Override
    public void close() {
        if (held != null) {
            try {
                held.close();
            } catch (java.io.IOException ignored) {
                // The run is over; a jar that fails to close changes no verdict.
            }
        }
    }
}
