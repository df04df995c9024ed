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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Implementations that hang, throw, return nothing or a malformed result, flood, call back after
 * close, deadlock when called back into, leak threads or end the JVM cannot break
 * a run: the command line finishes, writes the verdict and the reports, fails the affected
 * scenarios with the cause named, passes the unaffected ones (REQ-MSMQ-ENABLE-001, whose calls all
 * give a cursor, which is what the hostile behaviours spare), and exits 1, or 2 where not even
 * start() or close() works. Each case's time to verdict goes to reports/hostile.md.
 */
class HostileImplementationsTest {
    static final String SELECT = "@REQ-MSMQ-ENABLE-001 or @REQ-MSMQ-ENABLE-002 or @REQ-MSMQ-ENABLE-003";
    private static final List<String> TABLE = new ArrayList<>();

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("HangsInEnableNotification", false, 1, "EnableNotification did not return within 1000 ms"),
                Arguments.of("ThrowsInEnableNotification", false, 1, "at notifytck.variants.hostile.ThrowsInEnableNotification.enableNotification"),
                Arguments.of("ReturnsNull", false, 1, "returned no HRESULT (null)"),
                Arguments.of("FloodsEvents", false, 1, "more events were not kept: the history keeps the first 50"),
                Arguments.of("CallsBackAfterClose", false, 1, "time(s) after the scenario it belonged to had ended and its instance was closed"),
                Arguments.of("LeaksThreads", false, 1, "the implementation left 6 thread(s) running after every instance was closed: 6 x \"leaked-by-LeaksThreads\""),
                Arguments.of("CallsSystemExit", true, 1, "exited with code 7"),
                Arguments.of("ExhaustsMemory", true, 1, "java.lang.OutOfMemoryError: Java heap space"),
                Arguments.of("HangsInStart", false, 2, "start() failed before any scenario ran"),
                Arguments.of("HangsInClose", false, 2, "close() did not return within 1000 ms"),
                Arguments.of("SucceedsWithoutChannel", false, 1, "channel pointer handed to driver"),
                Arguments.of("DeadlocksOnReentry", false, 1,
                        "still waiting for the implementation to return from app's CloseChannel, called from inside its OnEventNotify"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theRunCompletesAndTheCauseIsNamed(String name, boolean isolate, int exit, String cause) throws IOException {
        Path out = Reports.fresh("hostile-" + name);
        boolean spooler = name.equals("DeadlocksOnReentry") || name.equals("SucceedsWithoutChannel");
        boolean noChannel = name.equals("SucceedsWithoutChannel");
        String control = noChannel ? "REQ-SPOOL-CHAN-003" : spooler ? "REQ-SPOOL-CHAN-001" : "REQ-MSMQ-ENABLE-001";
        String hit = noChannel ? "REQ-SPOOL-CHAN-004" : spooler ? "REQ-SPOOL-CHAN-028" : "REQ-MSMQ-ENABLE-002";
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--quiet", "--select",
                spooler ? "@" + control + " or @" + hit : SELECT, "--sut", "notifytck.variants." + (spooler ? "spooler." : "hostile.") + name,
                "--timeout-call", "1000", "--timeout-eventually", "2000", "--timeout-quiet", "300", "--timeout-hold", "3000", "--history-max", "50"));
        if (spooler) {
            // The deadlock is named by the first wait that gives up: no need to wait long for it.
            args.set(args.indexOf("--timeout-eventually") + 1, "1000");
        }
        if (isolate) {
            // A session is a JVM started within start()'s deadline: give it room on a loaded machine.
            args.set(args.indexOf("--timeout-call") + 1, "3000");
            args.addAll(List.of("--isolate", "--isolate-jvm", "-Xmx96m -XX:+UseSerialGC"));
        }
        CommandLineTest.Result r = CommandLineTest.cli(args.toArray(String[]::new));
        TABLE.add("| " + name + (isolate ? " (--isolate)" : "") + " | " + r.exit() + " | " + r.millis() + " ms | " + cause + " |");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isEqualTo(exit);
        if (exit == 2) {
            assertThat(r.err()).contains(cause).doesNotContain("\tat ");
            assertThat(out.resolve("verdict.json")).doesNotExist();
            return;
        }
        JsonNode v = new ObjectMapper().readTree(out.resolve("verdict.json").toFile());
        assertThat(out.resolve("junit.xml")).exists();
        assertThat(out.resolve("site/index.html")).exists();
        assertThat(status(v, control)).as("unaffected scenarios pass").isEqualTo("pass");
        StringBuilder everything = new StringBuilder(Files.readString(out.resolve("junit.xml"), StandardCharsets.UTF_8));
        v.get("incidents").forEach(i -> everything.append('\n').append(i.asText()));
        assertThat(everything.toString()).as("the cause is named").contains(cause);
        if (!name.equals("LeaksThreads") && !name.equals("CallsBackAfterClose")) {
            assertThat(status(v, hit)).isEqualTo("fail");
        } else {
            assertThat(status(v, "REQ-MSMQ-ENABLE-002")).as("its scenarios pass; the finding is the run's").isEqualTo("pass");
            assertThat(v.get("exit").get("code").asInt()).isEqualTo(1);
        }
    }

    private static String status(JsonNode v, String rule) {
        for (JsonNode r : v.get("rules")) {
            if (r.get("id").asText().equals(rule)) {
                return r.get("status").asText();
            }
        }
        throw new AssertionError(rule + " not in the verdict");
    }

    @AfterAll
    static void writeTable() throws IOException {
        Path f = Reports.root().resolve("hostile.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "| hostile implementation | exit | time to verdict | cause named |\n|---|---|---|---|\n" + String.join("\n", TABLE) + "\n",
                StandardCharsets.UTF_8);
    }
}
