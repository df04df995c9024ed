package notifytck.requirements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** reports/traceability.tsv: one row per requirement with what its scenarios did in this run. */
public final class TraceabilityReport {
    public static final String HEADER = "id\tlevel\tdocument\tsection\tscenarios\tpassed\tfailed\tnot_applicable\tstatus";

    private TraceabilityReport() {}

    public static List<String> rows(RequirementCatalog catalog, Outcomes outcomes) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Requirement r : catalog.requirements()) {
            Outcomes.Count c = outcomes.of(r.id());
            rows.add(String.join("\t", r.id(), r.level(), clean(r.document()), clean(r.section()),
                    String.valueOf(outcomes.checks(r)), String.valueOf(c.passed()), String.valueOf(c.failed()),
                    String.valueOf(c.notApplicable()), outcomes.status(r)));
        }
        return rows;
    }

    public static void write(Path file, RequirementCatalog catalog, Outcomes outcomes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, rows(catalog, outcomes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
