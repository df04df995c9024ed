package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import notifytck.report.VerdictJson;
import notifytck.run.ConformanceRun;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema check can fail: a verdict the kit writes passes it, and the same verdict bent in the
 * ways a careless change to the writer would bend it does not. The copy in docs/ is the one shipped.
 */
class VerdictSchemaTest {
    private static ObjectNode written;

    @BeforeAll
    static void oneVerdict() {
        Verdict v = ConformanceRun.run(RunSettings.of(java.util.ServiceLoader.load(notifytck.spi.NotificationImplementation.class).findFirst().orElseThrow()).withSelect("@fax and @scenario"));
        written = VerdictJson.tree(v);
    }

    @Test
    void aVerdictTheKitWritesFits() {
        assertThat(VerdictSchema.errors(written)).isEmpty();
    }

    @Test
    void anUnknownStatusDoesNotFit() {
        ObjectNode bent = written.deepCopy();
        ((ObjectNode) bent.get("rules").get(0)).put("status", "passed");
        assertThat(VerdictSchema.errors(bent)).isNotEmpty();
    }

    @Test
    void aMissingFieldDoesNotFit() {
        ObjectNode bent = written.deepCopy();
        bent.remove("implementation");
        assertThat(VerdictSchema.errors(bent)).isNotEmpty();
    }

    @Test
    void anUndeclaredFieldDoesNotFit() {
        ObjectNode bent = written.deepCopy();
        ((ObjectNode) bent.get("run")).put("retries", 3);
        assertThat(VerdictSchema.errors(bent)).isNotEmpty();
    }

    @Test
    void aCheckWithoutStatusDoesNotFit() {
        ObjectNode bent = written.deepCopy();
        for (var rule : (ArrayNode) bent.get("rules")) {
            if (rule.get("scenarios").size() > 0) {
                ((ObjectNode) rule.get("scenarios").get(0)).remove("status");
                break;
            }
        }
        assertThat(VerdictSchema.errors(bent)).isNotEmpty();
    }

    @Test
    void theShippedSchemaIsTheOneInDocs() throws Exception {
        Path docs = Path.of(System.getProperty("notifytck.features", "features")).toAbsolutePath().normalize()
                .resolveSibling("docs").resolve("verdict.schema.json");
        try (var in = VerdictSchemaTest.class.getClassLoader().getResourceAsStream("notifytck/run/verdict.schema.json")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(docs));
        }
    }
}
