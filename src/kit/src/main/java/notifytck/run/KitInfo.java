package notifytck.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version and the commit it was built from, as the build stamped them. */
public record KitInfo(String version, String commit) {
    public static KitInfo current() {
        Properties p = new Properties();
        try (InputStream in = KitInfo.class.getResourceAsStream("kit.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // Reported as unknown below.
        }
        String version = clean(p.getProperty("version"));
        String commit = clean(p.getProperty("commit"));
        if (!commit.equals("unknown") && "true".equals(p.getProperty("dirty"))) {
            commit = commit + "-dirty";
        }
        return new KitInfo(version, commit);
    }

    private static String clean(String v) {
        return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v.strip();
    }
}
