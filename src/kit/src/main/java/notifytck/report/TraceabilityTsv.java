package notifytck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import notifytck.run.Check;
import notifytck.run.RuleVerdict;
import notifytck.run.Verdict;

/** {@code traceability.tsv}: one row per rule with what its checks did in this run. */
public final class TraceabilityTsv {
    public static final String HEADER = "id\tlevel\tdocument\tsection\tchecks\tpassed\tfailed\tnot_applicable\tstatus";

    private TraceabilityTsv() {}

    public static List<String> rows(Verdict v) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RuleVerdict r : v.rules()) {
            rows.add(String.join("\t", r.rule().id(), r.rule().level(), clean(r.rule().document()), clean(r.rule().section()),
                    String.valueOf(r.checks().size()), count(r, Check.Outcome.PASSED), count(r, Check.Outcome.FAILED),
                    count(r, Check.Outcome.NOT_APPLICABLE), r.status().word()));
        }
        return rows;
    }

    public static void write(Verdict v, Path file) throws IOException {
        Files.write(file, rows(v), StandardCharsets.UTF_8);
    }

    private static String count(RuleVerdict r, Check.Outcome o) {
        return String.valueOf(r.checks().stream().filter(c -> c.outcome() == o).count());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
