package notifytck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import notifytck.requirements.RequirementCatalog;
import notifytck.run.Verdict;

/**
 * Writes every report of a run into its folder. One report that cannot be written does not stop
 * the others: each is tried, and the failures are reported together afterwards.
 */
public final class Reports {
    public static final String VERDICT = "verdict.json";
    public static final String JUNIT = "junit.xml";
    public static final String TRACEABILITY = "traceability.tsv";

    private static volatile long lastSiteMillis;

    private Reports() {}

    /** How long the last run's living documentation took to write, in milliseconds. */
    public static long lastSiteMillis() {
        return lastSiteMillis;
    }

    public static final String SITE = "site";

    public static void write(Verdict v, RequirementCatalog catalog, Path featuresDir, Path out, AllureOutput allure) {
        List<String> failed = new ArrayList<>();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the report folder " + out, e);
        }
        attempt(failed, VERDICT, () -> VerdictJson.write(v, out.resolve(VERDICT)));
        attempt(failed, JUNIT, () -> JUnitXml.write(v, out.resolve(JUNIT)));
        attempt(failed, TRACEABILITY, () -> TraceabilityTsv.write(v, out.resolve(TRACEABILITY)));
        long t0 = System.nanoTime();
        attempt(failed, SITE, () -> notifytck.site.SiteWriter.write(v, catalog, featuresDir, out.resolve(SITE)));
        lastSiteMillis = (System.nanoTime() - t0) / 1_000_000;
        if (allure != null) {
            attempt(failed, "allure-results", () -> allure.finish(v, catalog));
        }
        if (!failed.isEmpty()) {
            throw new UncheckedIOException(new IOException("could not write " + String.join("; ", failed)));
        }
    }

    private interface Writer {
        void write() throws IOException;
    }

    private static void attempt(List<String> failed, String what, Writer w) {
        try {
            w.write();
        } catch (IOException | RuntimeException e) {
            failed.add(what + " (" + e + ")");
        }
    }
}
