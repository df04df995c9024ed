package notifytck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The price of judging an implementation that cannot quiesce: every scenario of the suite against
 * the reference with its quiesce controls, then against the same reference with them hidden
 * ({@code ReferenceWithoutQuiesce}, so the kit waits out quiet windows), each as a user runs it
 * ({@code java -jar notify-tck.jar}, a JVM per run, default parallelism), in alternation so that
 * both see the same machine. Reports every wall time and the ratio of the medians.
 */
final class QuiesceRatio {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WITH = "notifytck.reference.ReferenceImplementation";
    private static final String WITHOUT = "notifytck.reference.ReferenceWithoutQuiesce";

    private QuiesceRatio() {}

    static ObjectNode measure(Path cliJar, Path referenceJar, int pairs) throws IOException, InterruptedException {
        for (Path p : List.of(cliJar, referenceJar)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no such jar: " + p + " (build the reactor first: mvn -Pbench -DskipTests verify)");
            }
        }
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode runs = out.putArray("runs");
        for (int i = 0; i < pairs; i++) {
            Run w = run(cliJar, referenceJar, WITH);
            Run wo = run(cliJar, referenceJar, WITHOUT);
            with.add(w.seconds);
            without.add(wo.seconds);
            ObjectNode r = runs.addObject();
            r.put("withQuiesceSeconds", w.seconds);
            r.put("withoutQuiesceSeconds", wo.seconds);
            r.put("withQuiesceParallel", w.parallel);
            r.put("withoutQuiesceParallel", wo.parallel);
        }
        double mWith = median(with);
        double mWithout = median(without);
        out.put("command", "java -jar notify-tck.jar --sut <class> --sut-classpath <reference jar> --select @scenario --out <fresh dir> --quiet");
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("medianWithQuiesceSeconds", mWith);
        out.put("medianWithoutQuiesceSeconds", mWithout);
        out.put("ratio", mWithout / mWith);
        return out;
    }

    private record Run(double seconds, int parallel) {}

    private static Run run(Path cliJar, Path referenceJar, String sut) throws IOException, InterruptedException {
        Path reports = Files.createTempDirectory("notifytck-quiesce-ratio");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = Arrays.asList(java, "-jar", cliJar.toString(), "--sut", sut, "--sut-classpath", referenceJar.toString(),
                "--select", "@scenario", "--out", reports.toString(), "--quiet");
        Path log = reports.resolve("terminal.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(sut + ": the run did not end within 10 minutes; its output: " + log);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (p.exitValue() != 0) {
            // A ratio of runs that did not pass would measure nothing the issue asks about.
            throw new IllegalStateException(sut + ": the run exited " + p.exitValue() + ", not 0; its output: " + log);
        }
        JsonNode verdict = JSON.readTree(reports.resolve("verdict.json").toFile());
        return new Run(seconds, verdict.get("run").get("parallel").asInt());
    }

    private static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
