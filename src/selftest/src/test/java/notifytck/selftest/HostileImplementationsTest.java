package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Implementations that hang, throw, return nothing or a malformed result, flood, call back after
 * close, deadlock when called back into, leak threads or end the JVM cannot break
 * a run: the command line finishes, writes the verdict and the reports, fails the affected
 * scenarios with the cause named, passes the unaffected ones (REQ-MSMQ-ENABLE-001, whose calls all
 * give a cursor, which is what the hostile behaviours spare), and exits 1, or 2 where not even
 * start() or close() works. Each case's time to verdict goes to reports/hostile.md.
 */
public class HostileImplementationsTest {
    /** Three rules' scenarios, without the MSMQ model property that reports on every MSMQ rule: a hostile case must hit one scenario. */
    public static final String SELECT = "(@REQ-MSMQ-ENABLE-001 or @REQ-MSMQ-ENABLE-002 or @REQ-MSMQ-ENABLE-003) and not @property";
    private static final List<String> TABLE = new ArrayList<>();

    /** Where the cause must be named: in the hit rule's failed scenario, in the verdict's incidents, or on stderr (exit 2). */
    enum Where { HIT, INCIDENT, STDERR }

    /**
     * One hostile implementation: its class, what is selected, the rule it must leave alone (control),
     * the rule it must fail (hit), the exit code, and the cause, a pattern found where {@code where} says.
     */
    record Case(String name, String sut, String select, String control, String hit, int exit, Where where, String cause, List<String> extra) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case msmq(String name, int exit, Where where, String cause, String... extra) {
        return new Case(name, "notifytck.variants.hostile." + name, SELECT, "REQ-MSMQ-ENABLE-001", "REQ-MSMQ-ENABLE-002", exit, where, cause,
                List.of(extra));
    }

    /** Under --isolate a session is a JVM started within start()'s own deadline (--timeout-start), not the short call deadline. */
    private static final String[] ISOLATED = {"--isolate", "--isolate-jvm", "-Xmx96m -XX:+UseSerialGC"};

    static Stream<Case> hostile() {
        return Stream.of(
                msmq("HangsInEnableNotification", 1, Where.HIT, "EnableNotification did not return within 1000 ms"),
                msmq("ThrowsInEnableNotification", 1, Where.HIT, "at notifytck.variants.hostile.ThrowsInEnableNotification.enableNotification"),
                msmq("ReturnsNull", 1, Where.HIT, "returned no HRESULT \\(null\\)"),
                msmq("FloodsEvents", 1, Where.HIT, "\\d+ more events were not kept: the history keeps the first 50"),
                msmq("CallsBackAfterClose", 1, Where.INCIDENT, "called back \\d+ time\\(s\\) after the scenario it belonged to had ended"),
                msmq("LeaksThreads", 1, Where.INCIDENT, "left (\\d+) thread\\(s\\) running after every instance was closed: \\1 x \"leaked-by-LeaksThreads\""),
                msmq("CallsSystemExit", 1, Where.HIT, "exited with code 7", ISOLATED),
                // Filling 96 MiB and the collector's last tries take a loaded machine more than the short call deadline: the
                // case is about the error being named, so its call gets time to end in it rather than in the deadline.
                msmq("ExhaustsMemory", 1, Where.HIT, "java.lang.OutOfMemoryError: Java heap space",
                        Stream.concat(Stream.of(ISOLATED), Stream.of("--timeout-call", "5000")).toArray(String[]::new)),
                msmq("HangsInStart", 2, Where.STDERR, "HangsInStart.start\\(\\) did not return within 1000 ms", "--timeout-start", "1000"),
                msmq("HangsInClose", 2, Where.STDERR, "HangsInClose.close\\(\\) did not return within 1000 ms"),
                new Case("SucceedsWithoutChannel", "notifytck.variants.spooler.SucceedsWithoutChannel", "@REQ-SPOOL-CHAN-003 or @REQ-SPOOL-CHAN-004",
                        "REQ-SPOOL-CHAN-003", "REQ-SPOOL-CHAN-004", 1, Where.HIT, "channel pointer handed to driver", List.of()),
                // The deadlock is named by the first wait that gives up: no need to wait long for it.
                new Case("DeadlocksOnReentry", "notifytck.variants.spooler.DeadlocksOnReentry", "@REQ-SPOOL-CHAN-001 or @REQ-SPOOL-CHAN-028",
                        "REQ-SPOOL-CHAN-001", "REQ-SPOOL-CHAN-028", 1, Where.HIT,
                        "still waiting for the implementation to return from app's CloseChannel, called from inside its OnEventNotify",
                        List.of("--timeout-eventually", "1000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theRunCompletesAndTheCauseIsNamed(Case c) throws Exception {
        Path out = Reports.fresh("hostile-" + c.name());
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--timeout-call", "1000");
        options.put("--timeout-eventually", "2000");
        options.put("--timeout-quiet", "300");
        options.put("--timeout-hold", "3000");
        options.put("--history-max", "50");
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < c.extra().size(); i++) {
            String o = c.extra().get(i);
            if (o.equals("--isolate")) {
                flags.add(o);
            } else {
                options.put(o, c.extra().get(++i));
            }
        }
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--quiet", "--select", c.select(), "--sut", c.sut()));
        options.forEach((k, val) -> args.addAll(List.of(k, val)));
        args.addAll(flags);
        CommandLineTest.Result r = CommandLineTest.cli(args.toArray(String[]::new));
        boolean isolated = c.extra().contains("--isolate");
        TABLE.add("| " + c.name() + (isolated ? " (--isolate)" : "") + " | " + r.exit() + " | " + r.millis() + " ms | " + c.cause() + " |");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isEqualTo(c.exit());
        java.util.regex.Pattern cause = java.util.regex.Pattern.compile(c.cause());
        if (c.where() == Where.STDERR) {
            assertThat(r.err()).containsPattern(cause).doesNotContain("\tat ");
            assertThat(out.resolve("verdict.json")).doesNotExist();
            return;
        }
        JsonNode v = new ObjectMapper().readTree(out.resolve("verdict.json").toFile());
        assertThat(out.resolve("site/index.html")).exists();
        assertThat(CommandLineTest.status(v, c.control())).as("unaffected scenarios pass").isEqualTo("pass");
        if (c.where() == Where.HIT) {
            assertThat(CommandLineTest.status(v, c.hit())).isEqualTo("fail");
            assertThat(failures(out.resolve("junit.xml"), c.hit())).as("the cause, in the failed scenario of %s", c.hit()).containsPattern(cause);
        } else {
            assertThat(CommandLineTest.status(v, c.hit())).as("its scenarios pass; the finding is the run's").isEqualTo("pass");
            assertThat(v.get("incidents")).as("the verdict's incidents").singleElement().extracting(JsonNode::asText).asString().containsPattern(cause);
        }
    }

    /** The failure texts junit.xml gives the scenarios of {@code rule}. */
    private static String failures(Path junit, String rule) throws Exception {
        org.w3c.dom.NodeList cases = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cases.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) cases.item(i);
            org.w3c.dom.NodeList failed = e.getElementsByTagName("failure");
            if (e.getAttribute("name").startsWith(rule + ":") && failed.getLength() > 0) {
                b.append(failed.item(0).getTextContent()).append('\n');
            }
        }
        return b.toString();
    }

    @AfterAll
    static void writeTable() throws IOException {
        Path f = Reports.root().resolve("hostile.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "| hostile implementation | exit | time to verdict | cause named |\n|---|---|---|---|\n" + String.join("\n", TABLE) + "\n",
                StandardCharsets.UTF_8);
    }
}
