package notifytck.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random messages against the registry and random lines against a connection: a message is read
 * or refused as malformed, naming where; a line breaks the connection with a reason or is taken;
 * nothing else ever escapes (no NullPointerException, ClassCastException or hang).
 */
class MessageFuzzTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Provide
    Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.just((JsonNode) F.nullNode()),
                Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)),
                Arbitraries.longs().map(l -> (JsonNode) F.numberNode(l)),
                Arbitraries.of(0L, -1L, 0xFFFF_FFFFL, 1L << 33, Long.MIN_VALUE).map(l -> (JsonNode) F.numberNode(l)),
                Arbitraries.doubles().map(d -> (JsonNode) F.numberNode(d)),
                Arbitraries.of("t1", "", "AT", "END", "MSMQ", "4a5031b1-1f3f-4db0-a462-4530ed8b0451", "x").map(t -> (JsonNode) F.textNode(t)),
                Arbitraries.strings().ofMaxLength(8).map(t -> (JsonNode) F.textNode(t)));
        String[] names = {"value", "handle", "kind", "message", "given", "id", "name", "method", "target", "channelId"};
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                leaf,
                inner.list().ofMaxSize(3).map(l -> {
                    var a = F.arrayNode();
                    l.forEach(a::add);
                    return (JsonNode) a;
                }),
                inner.list().ofMaxSize(4).map(l -> {
                    ObjectNode o = F.objectNode();
                    for (int i = 0; i < l.size(); i++) {
                        o.set(names[(i * 7 + l.size()) % names.length], l.get(i));
                    }
                    return (JsonNode) o;
                })), 3);
    }

    @Provide
    Arbitrary<MessageType> types() {
        return Arbitraries.of(Protocol.all());
    }

    @Property
    void aRandomMessageIsReadOrRefusedAsMalformed(@ForAll("types") MessageType type, @ForAll("values") JsonNode a,
                                                  @ForAll("values") JsonNode b, @ForAll("values") JsonNode c) {
        ObjectNode m = F.objectNode();
        m.put("type", type.name());
        List<JsonNode> vs = List.of(a, b, c);
        for (int i = 0; i < type.fields().size(); i++) {
            m.set(type.fields().get(i).name(), vs.get(i % 3));
        }
        ProtocolTest.MapTargets targets = new ProtocolTest.MapTargets();
        targets.objects.put("t1", (notifytck.spi.msmq.MsmqEvent) new notifytck.spi.msmq.MsmqEvent() {
            @Override
            public void arrived(notifytck.spi.msmq.QueueRef queue) {}

            @Override
            public void arrivedError(notifytck.spi.msmq.QueueRef queue, notifytck.spi.HResult errorCode) {}
        });
        try {
            Protocol.read(type, m, targets);
        } catch (Shape.Malformed e) {
            assertThat(e.getMessage()).startsWith(type.name());
        }
        try {
            type.reply().readValue(a, targets, type.name() + " reply");
        } catch (Shape.Malformed e) {
            assertThat(e.getMessage()).startsWith(type.name() + " reply");
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.oneOf(
                Arbitraries.of("{\"re\": 1, \"ok\": null}", "{\"re\": 1}", "{\"re\": \"x\", \"ok\": 1}", "{\"id\": 1}", "{\"type\": \"x\"}",
                        "{\"id\": 5, \"type\": \"msmq.event.arrived\", \"target\": \"t1\"}", "[]", "1", "\"s\"", "{", "}", "null", "\u00ff\u00fe"),
                Arbitraries.strings().ofMaxLength(30)).list().ofMaxSize(5);
    }

    @Property
    void aRandomLineIsTakenOrBreaksTheConnectionWithAReason(@ForAll("lines") List<String> input) throws Exception {
        PipedOutputStream toUs = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(toUs, 1 << 16);
        PipedInputStream fromUs = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(fromUs);
        Connection c = new Connection("the program", in, out, (id, type, m, reply) -> reply.ok(null)).start();
        for (String line : input) {
            toUs.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        toUs.close();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> c.broken() != null);
        assertThat(c.broken()).as("the end of the stream, or the first bad line, is named").isNotBlank();
    }
}
