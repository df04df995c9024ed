package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Checks a verdict against the schema the jar ships (the copy of docs/verdict.schema.json), with a
 * JSON Schema validator rather than checks of our own: a third party's tooling will read it so.
 */
final class VerdictSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private VerdictSchema() {}

    private static JsonSchema load() {
        try (InputStream in = VerdictSchema.class.getClassLoader().getResourceAsStream("notifytck/run/verdict.schema.json")) {
            assertThat(in).as("the schema shipped with the kit").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the file is a verdict the schema accepts, and returns it. */
    static JsonNode validate(Path verdict) {
        try {
            JsonNode node = JSON.readTree(verdict.toFile());
            Set<ValidationMessage> errors = SCHEMA.validate(node);
            assertThat(errors).as("%s against verdict.schema.json", verdict).isEmpty();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> errors(JsonNode node) {
        return SCHEMA.validate(node);
    }
}
