package notifytck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import notifytck.spi.HResult;
import notifytck.spi.KnownHResults;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcStatus;

/**
 * The JSON form of one SPI type: how a value is written, how it is read back (reading checks it,
 * so every message is validated against the registry), and how protocol.md describes it. Derived
 * from the Java type, so the SPI is the one declaration of every message.
 */
public abstract class Shape {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** How protocol.md writes this shape. */
    public abstract String describe();

    abstract JsonNode write(Object value, Targets targets);

    /** Reads {@code node} (never null; JSON null is a NullNode), or throws {@link Malformed} naming {@code path}. */
    abstract Object read(JsonNode node, Targets targets, String path);

    /** Writes a value of this shape (null as JSON null). */
    public JsonNode writeValue(Object value, Targets targets) {
        return value == null ? NullNode.instance : write(value, targets);
    }

    /** Reads and checks a value of this shape; a missing value reads as JSON null. */
    public Object readValue(JsonNode node, Targets targets, String path) {
        return read(node == null ? NullNode.instance : node, targets, path);
    }

    private static final java.util.Map<Type, Shape> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The shape of a Java type of the SPI (made once per type: reflection is slow on every message). */
    public static Shape of(Type type) {
        Shape s = SHAPES.get(type);
        if (s == null) {
            s = make(type);
            SHAPES.putIfAbsent(type, s);
        }
        return s;
    }

    private static Shape make(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ListOf(of(p.getActualTypeArguments()[0]));
        }
        Class<?> c = (Class<?>) type;
        if (c == void.class || c == Void.class) {
            return NOTHING;
        }
        if (c == String.class) {
            return STRING;
        }
        if (c == int.class || c == Integer.class) {
            return new Scalar("integer (32-bit signed)", n -> inRange(n, Integer.MIN_VALUE, Integer.MAX_VALUE), JsonNode::intValue,
                    v -> JSON.numberNode(((Number) v).longValue()));
        }
        if (c == long.class || c == Long.class) {
            return new Scalar("integer (64-bit signed)", n -> inRange(n, Long.MIN_VALUE, Long.MAX_VALUE), JsonNode::longValue,
                    v -> JSON.numberNode(((Number) v).longValue()));
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        }
        if (c == UUID.class) {
            return UUID_SHAPE;
        }
        if (c == Duration.class) {
            return DURATION;
        }
        if (c == HResult.class) {
            return HRESULT;
        }
        if (c == RpcStatus.class) {
            return RPC_STATUS;
        }
        if (c == NotificationInfo.class) {
            return NOTIFICATION_INFO;
        }
        if (c.isEnum()) {
            return new EnumShape(c);
        }
        if (c.isRecord()) {
            return new RecordShape(c);
        }
        if (Protocol.isCallbackInterface(c)) {
            return new Target(c);
        }
        throw new IllegalArgumentException("the wire has no JSON form for " + type + "; add one to " + Shape.class.getName());
    }

    /** Refuses a member of an object that its shape does not have: a misspelt member is an error, not silence. */
    static void onlyMembers(JsonNode node, String path, java.util.Set<String> allowed) {
        for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new Malformed(path + ": unknown member \"" + n + "\" (the registry gives " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    static Malformed malformed(String path, String expected, JsonNode got) {
        return new Malformed(path + ": expected " + expected + ", got " + Messages.clip(got == null ? "nothing" : got.toString()));
    }

    /**
     * A JSON scalar: a value is of the shape when {@code accepts} says so, and reads as
     * {@code value} gives it.
     */
    static final class Scalar extends Shape {
        private final String text;
        private final java.util.function.Predicate<JsonNode> accepts;
        private final java.util.function.Function<JsonNode, Object> value;
        private final java.util.function.Function<Object, JsonNode> json;

        Scalar(String text, java.util.function.Predicate<JsonNode> accepts, java.util.function.Function<JsonNode, Object> value,
               java.util.function.Function<Object, JsonNode> json) {
            this.text = text;
            this.accepts = accepts;
            this.value = value;
            this.json = json;
        }

        @Override
        public String describe() {
            return text;
        }

        @Override
        JsonNode write(Object v, Targets targets) {
            return json.apply(v);
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            if (!accepts.test(node)) {
                throw malformed(path, text, node);
            }
            return value.apply(node);
        }
    }

    /** Nothing: a void call's reply carries {@code "ok": null}. */
    static final Shape NOTHING = new Scalar("null (the call returns nothing)", JsonNode::isNull, n -> null, v -> NullNode.instance);

    static final Shape STRING = new Scalar("string", JsonNode::isTextual, JsonNode::textValue, v -> JSON.textNode((String) v));

    /** The id of a callback the kit handed over, naming whom a callback message is for. */
    static final Shape TARGET_ID = new Scalar("callback target id (string), as the kit handed it over", JsonNode::isTextual,
            JsonNode::textValue, v -> JSON.textNode((String) v));

    static final Shape BOOLEAN = new Scalar("true or false", JsonNode::isBoolean, JsonNode::booleanValue, v -> JSON.booleanNode((Boolean) v));

    static final Shape UUID_SHAPE = new Scalar("string, a GUID such as \"4a5031b1-1f3f-4db0-a462-4530ed8b0451\"", Shape::isGuid,
            n -> UUID.fromString(n.textValue()), v -> JSON.textNode(v.toString()));

    static final Shape DURATION = new Scalar("integer (64-bit), milliseconds (>= 0; 60 days is 5184000000)", n -> inRange(n, 0, Long.MAX_VALUE),
            n -> Duration.ofMillis(n.longValue()), v -> JSON.numberNode(((Duration) v).toMillis()));

    private static boolean isGuid(JsonNode n) {
        if (!n.isTextual()) {
            return false;
        }
        try {
            UUID.fromString(n.textValue());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code n} is a whole number from {@code min} to {@code max}. */
    static boolean inRange(JsonNode n, long min, long max) {
        return n != null && n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= min && n.longValue() <= max;
    }

    /**
     * An HRESULT: its value, signed or as the unsigned 32-bit number C prints; the name is written
     * for readers and ignored when read, since equality is by value.
     */
    static final Shape HRESULT = new Shape() {
        @Override
        public String describe() {
            return "object {value: integer (32 bits; signed, or unsigned as 0x80070057 = 2147942487), name?: string, hex?: string}";
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            HResult h = (HResult) value;
            ObjectNode o = JSON.objectNode();
            o.put("value", h.value());
            o.put("hex", h.hex());
            List<KnownHResults.Known> known = KnownHResults.byValue(h);
            if (!known.isEmpty()) {
                o.put("name", known.stream().map(KnownHResults.Known::name).collect(Collectors.joining(" or ")));
            }
            return o;
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            JsonNode v = node.get("value");
            if (!node.isObject() || !inRange(v, Integer.MIN_VALUE, 0xFFFF_FFFFL)) {
                throw malformed(path, "an HRESULT {\"value\": 32-bit integer}", node);
            }
            onlyMembers(node, path, java.util.Set.of("value", "name", "hex"));
            return HResult.of((int) v.longValue());
        }
    };

    static final Shape RPC_STATUS = new Shape() {
        @Override
        public String describe() {
            return "object {value: integer (the RPC_STATUS, a Win32 error code), name?: string}";
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            RpcStatus s = (RpcStatus) value;
            ObjectNode o = JSON.objectNode();
            o.put("value", s.value());
            o.put("name", s.name());
            return o;
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            JsonNode v = node.get("value");
            if (!node.isObject() || !inRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
                throw malformed(path, "an RPC_STATUS {\"value\": integer}", node);
            }
            onlyMembers(node, path, java.util.Set.of("value", "name"));
            return new RpcStatus(v.intValue());
        }
    };

    /**
     * RPC_ASYNC_NOTIFICATION_INFO. The wire copies the union when the call is made, which is what the
     * document asks of a successful subscription; what the method does not use is left out.
     */
    static final Shape NOTIFICATION_INFO = new Shape() {
        @Override
        public String describe() {
            return "object {method: \"event\" | \"apc\" | \"ioc\" | \"callback\", target: callback target id (absent or null for a cleared union),"
                    + " apcThread?: {id: string} (apc), bytesTransferred?, completionKey?, overlapped?: integers (ioc)}";
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            NotificationInfo i = (NotificationInfo) value;
            ObjectNode o = JSON.objectNode();
            if (i.event() != null) {
                o.put("method", "event");
                o.put("target", targets.idOf(i.event(), notifytck.spi.rpc.NotificationTargets.EventObject.class));
            } else if (i.apcRoutine() != null) {
                o.put("method", "apc");
                o.put("target", targets.idOf(i.apcRoutine(), notifytck.spi.rpc.NotificationTargets.ApcRoutine.class));
                o.set("apcThread", i.apcThread() == null ? NullNode.instance : JSON.objectNode().put("id", i.apcThread().id()));
            } else if (i.port() != null) {
                o.put("method", "ioc");
                o.put("target", targets.idOf(i.port(), notifytck.spi.rpc.NotificationTargets.CompletionPort.class));
                o.put("bytesTransferred", i.bytesTransferred());
                o.put("completionKey", i.completionKey());
                o.put("overlapped", i.overlapped());
            } else if (i.routine() != null) {
                o.put("method", "callback");
                o.put("target", targets.idOf(i.routine(), notifytck.spi.rpc.NotificationTargets.NotificationRoutine.class));
            } else {
                o.putNull("method");
            }
            return o;
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            if (!node.isObject()) {
                throw malformed(path, "an RPC_ASYNC_NOTIFICATION_INFO object", node);
            }
            onlyMembers(node, path, java.util.Set.of("method", "target", "apcThread", "bytesTransferred", "completionKey", "overlapped"));
            JsonNode method = node.get("method");
            if (method == null || method.isNull()) {
                return new NotificationInfo();
            }
            String m = method.asText();
            JsonNode target = node.get("target");
            if (target == null || !target.isTextual()) {
                throw malformed(path + ".target", "a callback target id", target);
            }
            String id = target.textValue();
            switch (m) {
                case "event":
                    return NotificationInfo.event((notifytck.spi.rpc.NotificationTargets.EventObject)
                            targets.target(id, notifytck.spi.rpc.NotificationTargets.EventObject.class));
                case "apc": {
                    JsonNode t = node.get("apcThread");
                    notifytck.spi.rpc.ServerThread thread = t == null || t.isNull() ? null
                            : (notifytck.spi.rpc.ServerThread) Shape.of(notifytck.spi.rpc.ServerThread.class).read(t, targets, path + ".apcThread");
                    return NotificationInfo.apc((notifytck.spi.rpc.NotificationTargets.ApcRoutine)
                            targets.target(id, notifytck.spi.rpc.NotificationTargets.ApcRoutine.class), thread);
                }
                case "ioc":
                    return NotificationInfo.ioc((notifytck.spi.rpc.NotificationTargets.CompletionPort)
                                    targets.target(id, notifytck.spi.rpc.NotificationTargets.CompletionPort.class),
                            (int) integral(node, "bytesTransferred", path, Integer.MIN_VALUE, Integer.MAX_VALUE),
                            integral(node, "completionKey", path, Long.MIN_VALUE, Long.MAX_VALUE),
                            integral(node, "overlapped", path, Long.MIN_VALUE, Long.MAX_VALUE));
                case "callback":
                    return NotificationInfo.callback((notifytck.spi.rpc.NotificationTargets.NotificationRoutine)
                            targets.target(id, notifytck.spi.rpc.NotificationTargets.NotificationRoutine.class));
                default:
                    throw malformed(path + ".method", "\"event\", \"apc\", \"ioc\" or \"callback\"", method);
            }
        }
    };

    private static long integral(JsonNode node, String field, String path, long min, long max) {
        JsonNode v = node.get(field);
        if (!inRange(v, min, max)) {
            throw malformed(path + "." + field, "an integer", v);
        }
        return v.longValue();
    }

    static final class EnumShape extends Shape {
        private final Class<?> type;

        EnumShape(Class<?> type) {
            this.type = type;
        }

        @Override
        public String describe() {
            return Arrays.stream(type.getEnumConstants()).map(e -> "\"" + ((Enum<?>) e).name() + "\"").collect(Collectors.joining(" | "));
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            return JSON.textNode(((Enum<?>) value).name());
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            if (node.isTextual()) {
                for (Object e : type.getEnumConstants()) {
                    if (((Enum<?>) e).name().equals(node.textValue())) {
                        return e;
                    }
                }
            }
            throw malformed(path, "one of " + describe(), node);
        }
    }

    static final class ListOf extends Shape {
        private final Shape element;

        ListOf(Shape element) {
            this.element = element;
        }

        @Override
        public String describe() {
            return "array of " + element.describe();
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            ArrayNode a = JSON.arrayNode();
            for (Object e : (List<?>) value) {
                a.add(element.write(e, targets));
            }
            return a;
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            if (!node.isArray()) {
                throw malformed(path, describe(), node);
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(element.read(node.get(i), targets, path + "[" + i + "]"));
            }
            return List.copyOf(out);
        }
    }

    /** A record: an object with one member per component; one the registry lets be null may be null or absent. */
    static final class RecordShape extends Shape {
        private final Class<?> type;
        private final RecordComponent[] components;
        private final java.lang.reflect.Method[] accessors;
        private final java.lang.reflect.Constructor<?> constructor;
        private final boolean[] nullable;
        private final java.util.Set<String> names;
        /** The components' shapes, made on first use: a record may refer to a record whose shape is being made. */
        private volatile Shape[] shapes;

        RecordShape(Class<?> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            this.accessors = new java.lang.reflect.Method[components.length];
            this.nullable = new boolean[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                nullable[i] = Protocol.nullable(type, components[i].getName());
                types[i] = components[i].getType();
            }
            this.names = java.util.Arrays.stream(components).map(RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
            try {
                this.constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        private Shape[] shapes() {
            Shape[] s = shapes;
            if (s == null) {
                s = new Shape[components.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = Shape.of(components[i].getGenericType());
                }
                shapes = s;
            }
            return s;
        }

        @Override
        public String describe() {
            return "object {" + Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName() + (Protocol.nullable(type, c.getName()) ? "?" : "") + ": " + Shape.of(c.getGenericType()).describe())
                    .collect(Collectors.joining(", ")) + "}";
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            ObjectNode o = JSON.objectNode();
            Shape[] s = shapes();
            for (int i = 0; i < components.length; i++) {
                Object v;
                try {
                    v = accessors[i].invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                o.set(components[i].getName(), v == null ? NullNode.instance : s[i].write(v, targets));
            }
            return o;
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            if (!node.isObject()) {
                throw malformed(path, describe(), node);
            }
            onlyMembers(node, path, names);
            RecordComponent[] cs = components;
            Shape[] s = shapes();
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                JsonNode v = node.get(cs[i].getName());
                if (v == null || v.isNull()) {
                    if (!nullable[i]) {
                        throw malformed(path + "." + cs[i].getName(), s[i].describe(), v);
                    }
                    continue;
                }
                args[i] = s[i].read(v, targets, path + "." + cs[i].getName());
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new Malformed(path + ": not a valid " + type.getSimpleName() + ": " + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A callback the kit hands the implementation, carried as the id the kit gave it. */
    static final class Target extends Shape {
        private final Class<?> type;

        Target(Class<?> type) {
            this.type = type;
        }

        @Override
        public String describe() {
            return "callback target id (string) of a " + Protocol.callbackPrefix(type);
        }

        @Override
        JsonNode write(Object value, Targets targets) {
            return JSON.textNode(targets.idOf(value, type));
        }

        @Override
        Object read(JsonNode node, Targets targets, String path) {
            if (!node.isTextual()) {
                throw malformed(path, describe(), node);
            }
            return targets.target(node.textValue(), type);
        }
    }

    /** A value that does not have the shape the registry gives it. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message);
        }
    }
}
