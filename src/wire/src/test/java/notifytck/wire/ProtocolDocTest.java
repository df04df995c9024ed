package notifytck.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/protocol.md is generated from the registry, and stays current. */
class ProtocolDocTest {
    @Test
    void theCheckedInProtocolDocumentIsCurrent() throws Exception {
        String generated = ProtocolDoc.markdown();
        Path fresh = Path.of("target", "protocol.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, generated, StandardCharsets.UTF_8);
        Path checkedIn = Path.of("..", "..", "docs", "protocol.md");
        String current = Files.exists(checkedIn) ? Files.readString(checkedIn, StandardCharsets.UTF_8) : "";
        assertThat(current)
                .as("docs/protocol.md is stale; regenerate it: cp src/wire/target/protocol.md docs/protocol.md")
                .isEqualTo(generated);
    }
}
