package notifytck.run;

import java.io.PrintStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;

/**
 * Rules done of total, per document, while a run goes: a line when a document's last rule is done,
 * and otherwise at most one line every few seconds, so a long run shows it is alive without
 * flooding a CI log.
 */
final class Progress {
    private static final long EVERY_NANOS = 3_000_000_000L;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private final Map<String, Integer> remainingChecks = new HashMap<>();
    private final Map<String, String> documentOf = new HashMap<>();
    private final Map<String, int[]> doneOfTotal = new LinkedHashMap<>();
    private long lastPrint = start;

    Progress(PrintStream out, RequirementCatalog catalog, Collection<PlannedCheck> planned) {
        this.out = out;
        for (PlannedCheck p : planned) {
            for (String r : p.rules()) {
                remainingChecks.merge(r, 1, Integer::sum);
            }
        }
        for (Requirement r : catalog.requirements()) {
            if (remainingChecks.containsKey(r.id())) {
                documentOf.put(r.id(), r.document());
                doneOfTotal.computeIfAbsent(r.document(), k -> new int[2])[1]++;
            }
        }
    }

    synchronized void finished(PlannedCheck p) {
        java.util.Set<String> done = new java.util.LinkedHashSet<>();
        String last = null;
        for (String r : p.rules()) {
            Integer left = remainingChecks.computeIfPresent(r, (k, v) -> v - 1);
            if (left != null && left == 0) {
                String doc = documentOf.get(r);
                int[] dt = doneOfTotal.get(doc);
                dt[0]++;
                last = doc;
                if (dt[0] == dt[1]) {
                    done.add(doc);
                }
            }
        }
        long now = System.nanoTime();
        if (out == null || last == null) {
            return;
        }
        if (done.isEmpty() && now - lastPrint > EVERY_NANOS) {
            done.add(last);
        }
        // One check (a property) can finish the last rules of several documents at once.
        for (String doc : done) {
            int[] dt = doneOfTotal.get(doc);
            out.printf("  [%6.1f s] %s: %d/%d rules%n", (now - start) / 1e9, doc, dt[0], dt[1]);
            lastPrint = now;
        }
        out.flush();
    }
}
