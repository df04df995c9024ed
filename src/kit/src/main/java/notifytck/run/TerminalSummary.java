package notifytck.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import notifytck.report.Reports;

/** What a run prints: who is judged at the start, and at the end a table and each unexpected result. */
public final class TerminalSummary {
    private static final List<RuleStatus> COLUMNS = List.of(RuleStatus.values());

    private TerminalSummary() {}

    static void header(PrintStream out, ImplementationInfo info, RunSettings s, Selection selection, Collection<PlannedCheck> selected, int parallel) {
        out.println("notify-tck " + KitInfo.current().version() + ": judging " + info.title() + " (" + info.className() + ")");
        out.println("  mechanisms: " + String.join(", ", info.mechanisms()));
        out.println("  controls:   " + (info.controls().isEmpty() ? "(none)" : String.join(", ", info.controls())));
        out.println("  platform:   " + (info.platform().isEmpty() ? "(none claimed)" : info.platform()));
        long scenarios = selected.stream().filter(p -> Check.SCENARIO.equals(p.kind())).count();
        out.println("  selection:  " + selection + " -> " + scenarios + " scenarios, " + (selected.size() - scenarios)
                + " properties (" + s.tries() + " tries each), " + parallel + " scenario(s) at once");
        s.baseline().ifPresent(b -> out.println("  baseline:   " + b));
        out.flush();
    }

    private static String siteSize(Path site) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(site)) {
            long[] n = {0, 0};
            files.filter(java.nio.file.Files::isRegularFile).forEach(f -> {
                n[0]++;
                n[1] += f.toFile().length();
            });
            return " (" + n[0] + " files, " + (n[1] / 1024) + " KiB";
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return " (";
        }
    }

    public static void summary(PrintStream out, Verdict v, Path reports) {
        out.println();
        int width = v.documents().stream().mapToInt(d -> d.title().length()).max().orElse(10);
        StringBuilder head = new StringBuilder(String.format("%-" + width + "s", "document"));
        COLUMNS.forEach(c -> head.append(String.format(" %" + Math.max(4, c.word().length()) + "s", c.word())));
        out.println(head);
        for (Map.Entry<String, Map<RuleStatus, Integer>> d : v.countsByDocument().entrySet()) {
            StringBuilder row = new StringBuilder(String.format("%-" + width + "s", d.getKey()));
            COLUMNS.forEach(c -> row.append(String.format(" %" + Math.max(4, c.word().length()) + "d", d.getValue().getOrDefault(c, 0))));
            out.println(row);
        }
        StringBuilder total = new StringBuilder(String.format("%-" + width + "s", "total"));
        COLUMNS.forEach(c -> total.append(String.format(" %" + Math.max(4, c.word().length()) + "d", v.totals().getOrDefault(c, 0))));
        out.println(total);
        List<String> placeholder = v.rules().stream().filter(r -> r.expectedFailure().map(e -> e.reason().equals(Baseline.PLACEHOLDER)).orElse(false))
                .map(r -> r.rule().id()).toList();
        List<String> unjudged = v.rules().stream().filter(r -> r.expectedFailure().isPresent()
                && (r.status() == RuleStatus.NOT_SELECTED || r.status() == RuleStatus.NOT_APPLICABLE)).map(r -> r.rule().id()).toList();
        if (!placeholder.isEmpty()) {
            out.println();
            out.println("Baseline: " + placeholder.size() + " entr" + (placeholder.size() == 1 ? "y still has" : "ies still have")
                    + " the placeholder reason; say why: " + String.join(", ", placeholder));
        }
        if (!unjudged.isEmpty()) {
            out.println((placeholder.isEmpty() ? "\n" : "") + "Baseline: " + unjudged.size() + " entr" + (unjudged.size() == 1 ? "y was" : "ies were")
                    + " not judged in this run (not selected or not applicable), so they say nothing now: " + String.join(", ", unjudged));
        }
        List<RuleVerdict> bad = v.unexpected();
        if (!bad.isEmpty()) {
            out.println();
            out.println("Unexpected (" + bad.size() + "):");
            for (RuleVerdict r : bad) {
                out.println("  " + r.status().word().toUpperCase(java.util.Locale.ROOT) + " " + r.rule().id() + " " + r.rule().title()
                        + "\n      " + r.firstFailure());
            }
        }
        if (!v.incidents().isEmpty()) {
            out.println();
            // Not only the wire's: instances that did not close, threads left behind, a callback's failure after its verdict.
            out.println("Incidents outside the rules (" + v.incidents().size() + "):");
            v.incidents().forEach(i -> out.println("  " + i));
        }
        out.println();
        if (reports != null) {
            out.println("Reports: " + reports.resolve(Reports.VERDICT) + ", " + reports.resolve(Reports.JUNIT) + ", "
                    + reports.resolve(Reports.TRACEABILITY) + ", " + reports.resolve("allure-results"));
            out.println("Living documentation: " + reports.resolve(Reports.SITE).resolve("index.html").toAbsolutePath().toUri()
                    + siteSize(reports.resolve(Reports.SITE)) + ", written in " + Reports.lastSiteMillis() + " ms)");
        }
        double seconds = Duration.between(v.started(), v.finished()).toMillis() / 1000.0;
        if (reports != null) {
            out.printf("Exit %d: %s (%.1f s)%n", v.exit().code(), v.exit().meaning(), seconds);
        } else {
            out.printf("Judged: %s (%.1f s)%n", v.exit().meaning(), seconds);
        }
        out.flush();
    }
}
