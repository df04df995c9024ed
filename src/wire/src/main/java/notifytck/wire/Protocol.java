package notifytck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.spooler.NotifyCallback;

/**
 * The registry: every message of the protocol, declared once. The calls and controls are read off
 * the SPI (each accessor of {@link SystemUnderTest} and each method of the interface it returns), the
 * callbacks off the callback interfaces the SPI hands out; so the wire cannot drift from the SPI.
 * {@code docs/protocol.md} is generated from here.
 */
public final class Protocol {
    /** The protocol's version; the kit refuses a program that speaks another. */
    public static final int VERSION = 1;

    /** The callback interfaces, with the prefix of their messages. */
    private static final Map<Class<?>, String> CALLBACKS = new LinkedHashMap<>();

    static {
        CALLBACKS.put(NotifyCallback.class, "spooler.callback");
        CALLBACKS.put(MsmqEvent.class, "msmq.event");
        CALLBACKS.put(NotificationTargets.EventObject.class, "rpc.eventObject");
        CALLBACKS.put(NotificationTargets.ApcRoutine.class, "rpc.apcRoutine");
        CALLBACKS.put(NotificationTargets.CompletionPort.class, "rpc.completionPort");
        CALLBACKS.put(NotificationTargets.NotificationRoutine.class, "rpc.notificationRoutine");
        CALLBACKS.put(notifytck.spi.fax.CompletionPort.class, "fax.completionPort");
        CALLBACKS.put(WindowProcedure.class, "fax.windowProcedure");
    }

    /**
     * The members that may be null (the documents' NULL, or "none"), as the SPI's Javadoc says;
     * every other member is required, and a null there is malformed.
     */
    private static final java.util.Set<String> NULLABLE = java.util.Set.of(
            "MsmqAdapter.enableNotification.event",
            "RpcServerAdapter.subscribeForNotification.binding", "RpcServerAdapter.unsubscribeForNotification.binding",
            "RpcServerAdapter.testCancel.binding", "RpcServerAdapter.isClientDisconnected.binding",
            "SpoolerAdapter.closeChannel.reason",
            "FaxAdapter.faxInitializeEventQueue.port", "FaxAdapter.faxInitializeEventQueue.window",
            "NotifyCallback.onEventNotify.channel", "NotifyCallback.channelClosed.channel", "NotifyCallback.channelClosed.reason",
            "ChannelRequest.callback", "ChannelCreation.channel", "Registration.handle", "CursorPosition.message",
            "ServiceAccount.user", "CallRef.async", "Hello.platform");

    /** Whether {@code owner.member} (a simple class name and a parameter or component name) may be null. */
    static boolean nullable(Class<?> owner, String member) {
        return NULLABLE.contains(owner.getSimpleName() + "." + member);
    }

    private static final Map<String, MessageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Method, MessageType> BY_METHOD = new LinkedHashMap<>();

    static {
        add(new MessageType("hello", MessageType.Direction.KIT_TO_PROGRAM, null, null,
                List.of(new MessageType.Field("protocol", Shape.of(int.class), false), new MessageType.Field("kit", Shape.STRING, false)),
                Shape.of(Hello.class), "First message on a connection: the kit's protocol version; the program answers who it is and what it declares."));
        add(new MessageType("start", MessageType.Direction.KIT_TO_PROGRAM, null, null, List.of(), Shape.NOTHING,
                "A fresh instance for one scenario (NotificationImplementation.start): nothing left from a previous one."));
        add(new MessageType("stop", MessageType.Direction.KIT_TO_PROGRAM, null, null, List.of(), Shape.NOTHING,
                "The scenario is over (SystemUnderTest.close): stop every thread and timer of the instance; no callback may follow."));
        for (Method accessor : methodsOf(SystemUnderTest.class)) {
            if (accessor.getParameterCount() != 0 || !accessor.getReturnType().isInterface()) {
                continue;
            }
            for (Method m : methodsOf(accessor.getReturnType())) {
                MessageType t = new MessageType(accessor.getName() + "." + m.getName(), MessageType.Direction.KIT_TO_PROGRAM,
                        accessor.getName(), m, fields(m, List.of()), Shape.of(m.getGenericReturnType()),
                        accessor.getReturnType().getSimpleName() + "." + m.getName());
                add(t);
                BY_METHOD.put(m, t);
            }
        }
        for (Map.Entry<Class<?>, String> e : CALLBACKS.entrySet()) {
            for (Method m : methodsOf(e.getKey())) {
                MessageType t = new MessageType(e.getValue() + "." + m.getName(), MessageType.Direction.PROGRAM_TO_KIT, null, m,
                        fields(m, List.of(new MessageType.Field("target", Shape.TARGET_ID, false),
                                new MessageType.Field("during", Shape.of(Long.class), true))), Shape.NOTHING,
                        e.getKey().getName().replace(e.getKey().getPackageName() + ".", "").replace('$', '.') + "." + m.getName());
                add(t);
                BY_METHOD.put(m, t);
            }
        }
    }

    private Protocol() {}

    /** The abstract and default instance methods of an interface, by name: reflection does not keep source order. */
    private static List<Method> methodsOf(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !(type == SystemUnderTest.class && m.getName().equals("close"))) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Method::getName));
        return out;
    }

    private static List<MessageType.Field> fields(Method m, List<MessageType.Field> first) {
        List<MessageType.Field> out = new ArrayList<>(first);
        for (Parameter p : m.getParameters()) {
            if (!p.isNamePresent()) {
                throw new IllegalStateException("the SPI was compiled without -parameters; the wire names fields after " + m);
            }
            out.add(new MessageType.Field(p.getName(), Shape.of(p.getParameterizedType()), nullable(m.getDeclaringClass(), m.getName() + "." + p.getName())));
        }
        return List.copyOf(out);
    }

    private static void add(MessageType t) {
        if (BY_NAME.putIfAbsent(t.name(), t) != null) {
            throw new IllegalStateException("two messages named " + t.name());
        }
    }

    public static List<MessageType> all() {
        return List.copyOf(BY_NAME.values());
    }

    public static Optional<MessageType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static MessageType forMethod(Method m) {
        MessageType t = BY_METHOD.get(m);
        if (t == null) {
            throw new IllegalArgumentException("no message stands for " + m);
        }
        return t;
    }

    static boolean isCallbackInterface(Class<?> c) {
        return CALLBACKS.containsKey(c);
    }

    static String callbackPrefix(Class<?> c) {
        return CALLBACKS.get(c);
    }

    /** Writes a message of type {@code t}: its type and one member per field. */
    public static ObjectNode write(MessageType t, Object[] args, Targets targets, List<Object> leading) {
        ObjectNode o = Messages.object();
        o.put("type", t.name());
        List<Object> values = new ArrayList<>(leading);
        if (args != null) {
            values.addAll(Arrays.asList(args));
        }
        for (int i = 0; i < t.fields().size(); i++) {
            MessageType.Field f = t.fields().get(i);
            Object v = values.get(i);
            o.set(f.name(), v == null ? Shape.JSON.nullNode() : f.shape().write(v, targets));
        }
        return o;
    }

    /**
     * Reads the fields of a message of type {@code t}, checking each against the registry; a member
     * the registry does not know is refused too, so a misspelt field is not silently ignored.
     */
    public static Object[] read(MessageType t, JsonNode message, Targets targets) {
        Object[] out = new Object[t.fields().size()];
        for (int i = 0; i < out.length; i++) {
            MessageType.Field f = t.fields().get(i);
            JsonNode v = message.get(f.name());
            if (v == null || v.isNull()) {
                if (!f.nullable()) {
                    throw new Shape.Malformed(t.name() + "." + f.name() + ": missing (" + f.shape().describe() + ")");
                }
                continue;
            }
            out[i] = f.shape().read(v, targets, t.name() + "." + f.name());
        }
        for (Iterator<String> names = message.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!n.equals("id") && !n.equals("type") && t.fields().stream().noneMatch(f -> f.name().equals(n))) {
                throw new Shape.Malformed(t.name() + ": unknown member \"" + n + "\" (the registry gives "
                        + t.fields().stream().map(MessageType.Field::name).toList() + ")");
            }
        }
        return out;
    }
}
