package notifytck.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.Test;

/** The registry covers the SPI, and reading a message checks it against the registry. */
class ProtocolTest {
    /** Ids handed out and looked up as the kit's side does. */
    static final class MapTargets implements Targets {
        final Map<Object, String> ids = new java.util.IdentityHashMap<>();
        final Map<String, Object> objects = new HashMap<>();

        @Override
        public String idOf(Object callback, Class<?> type) {
            return ids.computeIfAbsent(callback, c -> {
                String id = "t" + ids.size();
                objects.put(id, c);
                return id;
            });
        }

        @Override
        public Object target(String id, Class<?> type) {
            Object o = objects.get(id);
            if (o == null) {
                throw new Shape.Malformed("unknown target " + id);
            }
            return o;
        }
    }

    @Test
    void everyCallAndControlOfTheSpiHasItsMessage() {
        int calls = 0;
        for (Method accessor : SystemUnderTest.class.getDeclaredMethods()) {
            if (accessor.getParameterCount() != 0 || !accessor.getReturnType().isInterface()) {
                continue;
            }
            for (Method m : accessor.getReturnType().getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    assertThat(Protocol.forMethod(m).name()).isEqualTo(accessor.getName() + "." + m.getName());
                    calls++;
                }
            }
        }
        assertThat(calls).isGreaterThan(40);
        assertThat(Protocol.all()).extracting(MessageType::name).doesNotHaveDuplicates().contains("hello", "start", "stop",
                "msmq.event.arrived", "msmq.event.arrivedError", "spooler.callback.onEventNotify", "spooler.callback.channelClosed",
                "fax.windowProcedure.onMessage", "fax.completionPort.post", "rpc.apcRoutine.run", "rpc.completionPort.post",
                "rpc.eventObject.set", "rpc.notificationRoutine.call");
    }

    @Test
    void aRequestWrittenByTheKitReadsBackToTheSameValues() throws Exception {
        MapTargets targets = new MapTargets();
        NotifyCallback listener = new NotifyCallback() {
            @Override
            public void onEventNotify(notifytck.spi.spooler.ChannelRef channel, notifytck.spi.spooler.NotificationData data) {}

            @Override
            public void channelClosed(notifytck.spi.spooler.ChannelRef channel, notifytck.spi.spooler.NotificationData reason) {}
        };
        CallerContext caller = new CallerContext("PC1", "alice", 1, Component.PRINTER_DRIVER, Hosting.SPOOLER);
        ChannelRequest request = new ChannelRequest("Laser", new NotificationType(java.util.UUID.randomUUID()), UserFilter.PER_USER,
                ConversationStyle.BIDIRECTIONAL, listener);
        MessageType t = Protocol.named("spooler.createPrintAsyncNotifyChannel").orElseThrow();
        ObjectNode m = Protocol.write(t, new Object[] {caller, request}, targets, List.of());
        JsonNode parsed = Messages.parse(Messages.line(m));
        Object[] back = Protocol.read(t, parsed, targets);
        assertThat(back[0]).isEqualTo(caller);
        assertThat(back[1]).isEqualTo(request);
        assertThat(((ChannelRequest) back[1]).callback()).isSameAs(listener);
    }

    @Test
    void everyWayAMessageCanBeMalformedIsRefusedWithWhereAndWhat() {
        MapTargets targets = new MapTargets();
        MsmqEvent event = new MsmqEvent() {
            @Override
            public void arrived(QueueRef queue) {}

            @Override
            public void arrivedError(QueueRef queue, HResult errorCode) {}
        };
        MessageType t = Protocol.named("msmq.enableNotification").orElseThrow();
        ObjectNode good = Protocol.write(t, new Object[] {new QueueRef("q1"), event, OptionalInt32.NOT_GIVEN, OptionalInt32.of(-1)}, targets, List.of());
        assertThat(Protocol.read(t, good, targets)[3]).isEqualTo(OptionalInt32.of(-1));

        ObjectNode missing = good.deepCopy();
        missing.remove("queue");
        assertThatThrownBy(() -> Protocol.read(t, missing, targets)).hasMessageContaining("msmq.enableNotification.queue: missing");
        ObjectNode unknownMember = good.deepCopy();
        unknownMember.put("receive_timeout", 5);
        assertThatThrownBy(() -> Protocol.read(t, unknownMember, targets)).hasMessageContaining("unknown member \"receive_timeout\"");
        ObjectNode wrongType = good.deepCopy();
        ((ObjectNode) wrongType.get("cursor")).put("value", "first");
        assertThatThrownBy(() -> Protocol.read(t, wrongType, targets)).hasMessageContaining("msmq.enableNotification.cursor.value: expected integer");
        ObjectNode tooBig = good.deepCopy();
        ((ObjectNode) tooBig.get("cursor")).put("value", 1L << 33);
        assertThatThrownBy(() -> Protocol.read(t, tooBig, targets)).hasMessageContaining("cursor.value");
        ObjectNode unknownTarget = good.deepCopy();
        unknownTarget.put("event", "t99");
        assertThatThrownBy(() -> Protocol.read(t, unknownTarget, targets)).hasMessageContaining("unknown target t99");
        ObjectNode nullEvent = good.deepCopy();
        nullEvent.putNull("event");
        assertThat(Protocol.read(t, nullEvent, targets)[1]).as("the document's NULL event may be sent").isNull();
        ObjectNode nestedUnknown = good.deepCopy();
        ((ObjectNode) nestedUnknown.get("queue")).put("hnadle", "q1");
        assertThatThrownBy(() -> Protocol.read(t, nestedUnknown, targets)).hasMessageContaining("msmq.enableNotification.queue: unknown member \"hnadle\"");
        ObjectNode refused = good.deepCopy();
        ((ObjectNode) refused.get("cursor")).put("given", false).put("value", 3);
        assertThatThrownBy(() -> Protocol.read(t, refused, targets)).hasMessageContaining("not a valid OptionalInt32");
    }

    @Test
    void repliesAreCheckedAgainstTheirShapeAndAnHresultIsReadSignedOrUnsigned() {
        MapTargets targets = new MapTargets();
        Shape hr = Protocol.named("msmq.enableNotification").orElseThrow().reply();
        assertThat(hr.readValue(Messages.parse("{\"value\": 2147942487}"), targets, "r")).isEqualTo(HResult.of(0x80070057));
        assertThat(hr.readValue(Messages.parse("{\"value\": -2147024809, \"name\": \"E_INVALIDARG\"}"), targets, "r")).isEqualTo(HResult.of(0x80070057));
        assertThatThrownBy(() -> hr.readValue(Messages.parse("{\"value\": 4294967296}"), targets, "r")).isInstanceOf(Shape.Malformed.class);
        assertThatThrownBy(() -> hr.readValue(null, targets, "r")).isInstanceOf(Shape.Malformed.class);
        assertThat(hr.writeValue(HResult.of(0x80070057), targets).get("name").asText()).isEqualTo("E_INVALIDARG");

        Shape cursor = Protocol.named("msmqControl.cursor").orElseThrow().reply();
        assertThat(cursor.readValue(Messages.parse("{\"kind\": \"AT\", \"message\": {\"handle\": \"m1\"}}"), targets, "r"))
                .isEqualTo(CursorPosition.at(new MessageRef("m1")));
        assertThat(cursor.readValue(Messages.parse("{\"kind\": \"END\"}"), targets, "r")).isEqualTo(CursorPosition.END);
        assertThatThrownBy(() -> cursor.readValue(Messages.parse("{\"kind\": \"AT\"}"), targets, "r"))
                .hasMessageContaining("a cursor has a message exactly when it is AT one");
        assertThatThrownBy(() -> cursor.readValue(Messages.parse("{\"kind\": \"LAST\"}"), targets, "r"))
                .hasMessageContaining("one of \"UNPOSITIONED\" | \"AT\" | \"END\"");

        Shape messages = Protocol.named("msmqControl.messages").orElseThrow().reply();
        assertThat(messages.readValue(Messages.parse("[{\"handle\": \"a\"}, {\"handle\": \"b\"}]"), targets, "r"))
                .isEqualTo(List.of(new MessageRef("a"), new MessageRef("b")));
        assertThatThrownBy(() -> messages.readValue(Messages.parse("[{\"handle\": null}]"), targets, "r")).hasMessageContaining("r[0].handle");
        assertThatThrownBy(() -> Protocol.named("msmqControl.closeQueue").orElseThrow().reply().readValue(Messages.parse("5"), targets, "r"))
                .hasMessageContaining("expected null");
    }
}
