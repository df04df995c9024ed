package notifytck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** summary.md from jmh.json and measurements.json: every ratio the speed issue asks for, from one run. */
public final class Summary {
    private Summary() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "reports/benchmarks");
        ObjectMapper json = new ObjectMapper();
        JsonNode jmh = json.readTree(dir.resolve("jmh.json").toFile());
        JsonNode m = json.readTree(dir.resolve("measurements.json").toFile());
        Map<String, Double> score = new HashMap<>();
        for (JsonNode b : jmh) {
            String name = b.get("benchmark").asText().replaceFirst("^notifytck\\.bench\\.", "");
            JsonNode p = b.path("params").path("listeners");
            JsonNode t = b.path("params").path("deliveryThreads");
            score.put(name + (p.isMissingNode() ? "" : "@" + p.asText()) + (t.isMissingNode() ? "" : "/" + t.asText()),
                    b.at("/primaryMetric/score").asDouble());
        }
        List<String> out = new ArrayList<>();
        out.add("# notify-tck benchmarks");
        out.add("");
        int forks = jmh.get(0).path("forks").asInt();
        out.add("Measured in one run of `mvn -Pbench -DskipTests verify` (JMH: " + forks + (forks == 1 ? " fork, " : " forks, ")
                + jmh.get(0).path("warmupIterations").asInt() + " warm-up and " + jmh.get(0).path("measurementIterations").asInt()
                + " measured iterations). Raw results: `jmh.json`, `measurements.json`.");
        out.add("");
        double direct = score.getOrDefault("HarnessOverheadBenchmark.directSpiCall", Double.NaN);
        double kit = score.getOrDefault("HarnessOverheadBenchmark.throughTheKitsHarness", Double.NaN);
        out.add("## 1. The kit's harness per call");
        out.add(String.format("- direct SPI call: %.0f ns; through the kit (deadline hand-off and history record): %.0f ns; overhead %.0f ns, ratio %.1fx",
                direct, kit, kit - direct, kit / direct));
        out.add("");
        out.add("## 2. Wire round trip");
        double inProcess = score.getOrDefault("WireRoundTripBenchmark.inProcessCall", Double.NaN);
        double wire = score.getOrDefault("WireRoundTripBenchmark.wireCall", Double.NaN);
        out.add(String.format("- the same call in process: %.0f ns; over the wire (stdin/stdout to a served reference in its own JVM): %.0f ns;"
                + " overhead %.1f µs per call, ratio %.0fx", inProcess, wire, (wire - inProcess) / 1000, wire / inProcess));
        out.add("");
        out.add("## 3. Ordered fan-out: reference spooler against SubmissionPublisher");
        out.add("Both sides deliver on the same number of threads (the reference's delivery pool; the publisher's ForkJoinPool).");
        out.add("");
        out.add("| listeners | delivery threads | batch | reference ns/delivery | SubmissionPublisher ns/delivery | reference throughput as a share of SubmissionPublisher's |");
        out.add("|---|---|---|---|---|---|");
        for (int l : new int[] {1, 100, 10_000}) {
            for (int threads : new int[] {1, 2}) {
                double ref = score.getOrDefault("FanOutBenchmark.referenceSpooler@" + l + "/" + threads, Double.NaN);
                double pub = score.getOrDefault("FanOutBenchmark.submissionPublisher@" + l + "/" + threads, Double.NaN);
                double deliveries = (double) FanOutBenchmark.batch(l) * l;
                double refNs = ref * 1000 / deliveries;
                double pubNs = pub * 1000 / deliveries;
                // A benchmark that threw has no score: say so rather than print NaN.
                String missing = "no result (it failed: see the JMH output of the run)";
                out.add(String.format("| %d | %d | %d | %s | %s | %s |", l, threads, FanOutBenchmark.batch(l),
                        Double.isNaN(refNs) ? missing : String.format("%.1f", refNs), Double.isNaN(pubNs) ? missing : String.format("%.1f", pubNs),
                        Double.isNaN(refNs) || Double.isNaN(pubNs) ? "-" : String.format("%.2fx", pubNs / refNs)));
            }
        }
        out.add("");
        JsonNode lat = m.get("msmqTimeoutLateness");
        out.add("## 4. MSMQ timeouts on the real clock");
        out.add(String.format("- %d pending finite timeouts: lateness p50 %.2f ms, p99 %.2f ms (max %.2f; early firings %d); ScheduledThreadPoolExecutor: p50 %.2f ms, p99 %.2f ms",
                lat.get("pendingCalls").asInt(), lat.get("referenceP50Ms").asDouble(), lat.get("referenceP99Ms").asDouble(),
                lat.get("referenceMaxMs").asDouble(), lat.get("earlyFirings").asInt(), lat.get("scheduledThreadPoolExecutorP50Ms").asDouble(),
                lat.get("scheduledThreadPoolExecutorP99Ms").asDouble()));
        JsonNode pend = m.get("msmqPendingThreadsAndHeap");
        out.add(String.format("- %d pending INFINITE calls: threads %d before, %d with them; heap %.1f MiB before, %.1f MiB with them (%d bytes a call), %.1f MiB after the instance closed",
                pend.get("pendingCalls").asInt(), pend.get("threadsBefore").asInt(), pend.get("threadsWithPending").asInt(),
                pend.get("heapBeforeMiB").asDouble(), pend.get("heapWithPendingMiB").asDouble(), pend.get("bytesPerPendingCall").asLong(),
                pend.get("heapAfterCloseMiB").asDouble()));
        JsonNode ch = m.get("spoolerChannelsHeap");
        out.add("");
        out.add("## 5. Bounded memory: channels");
        out.add(String.format("- %d channels open: heap %.1f MiB before, %.1f MiB with them (%d bytes a channel), %.1f MiB once each was closed and released; live channel objects %d, then %d",
                ch.get("channels").asInt(), ch.get("heapBeforeMiB").asDouble(), ch.get("heapWithChannelsMiB").asDouble(),
                ch.get("bytesPerChannel").asLong(), ch.get("heapAfterReleaseMiB").asDouble(), ch.get("liveChannelObjects").asInt(),
                ch.get("liveAfterCloseAndRelease").asInt()));
        JsonNode ratio = m.get("quiesceRatio");
        if (ratio != null) {
            out.add("");
            out.add("## 6. Judging without quiesce: the suite's scenarios against the reference with and without its quiesce controls");
            out.add(String.format("- `%s`, a JVM per run, alternating, %d cores: median %.2f s with quiesce (%d scenarios at once), %.2f s without (%d at once, every absence judged over the 500 ms quiet window); ratio %.2fx",
                    ratio.get("command").asText(), ratio.get("cores").asInt(), ratio.get("medianWithQuiesceSeconds").asDouble(),
                    ratio.get("runs").get(0).get("withQuiesceParallel").asInt(), ratio.get("medianWithoutQuiesceSeconds").asDouble(),
                    ratio.get("runs").get(0).get("withoutQuiesceParallel").asInt(), ratio.get("ratio").asDouble()));
            StringBuilder each = new StringBuilder("- each pair (with, without):");
            ratio.get("runs").forEach(r -> each.append(String.format(" %.2f/%.2f", r.get("withQuiesceSeconds").asDouble(), r.get("withoutQuiesceSeconds").asDouble())));
            out.add(each.toString());
        }
        Files.write(dir.resolve("summary.md"), out, StandardCharsets.UTF_8);
        out.forEach(System.out::println);
    }
}
