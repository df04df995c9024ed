package notifytck.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The envelope: how a line is read and written, and how much of one a failure message quotes. */
public final class Messages {
    /** Strict: text after the message on its line, or a member named twice, is malformed, not silently dropped. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** How much of a message a failure quotes. */
    static final int CLIP = 600;

    private Messages() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String line(JsonNode message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses one line; null when it is not JSON. */
    static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static String clip(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= CLIP ? s : s.substring(0, CLIP) + "… (" + s.length() + " characters)";
    }
}
