package notifytck.wire.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.wire.Connection;
import notifytck.wire.Hello;
import notifytck.wire.MessageType;
import notifytck.wire.Protocol;
import notifytck.wire.RemoteError;
import notifytck.wire.Shape;
import notifytck.wire.Targets;
import notifytck.wire.WireFailure;

/**
 * The program's side of one connection for a Java implementation: runs each request the kit sends
 * on a thread of its own (a callback into the kit may call back into the implementation), and
 * stands a proxy in for each callback the kit handed over, which sends the callback message and
 * returns when the kit's callback returned, as an in-process callback would.
 */
final class ProgramSide implements Connection.Handler, Targets {
    /** How long a callback waits for the kit; the kit answers long before, or the connection breaks. */
    private static final Duration CALLBACK_LIMIT = Duration.ofMinutes(10);

    private static final Map<String, Method> ACCESSORS = new ConcurrentHashMap<>();
    /**
     * The kit's request this thread is handling, if any: a callback the implementation makes on
     * it is made during that request, and says so, so the kit runs it on the thread waiting for
     * the request, as in process.
     */
    private static final ThreadLocal<Long> HANDLING = new ThreadLocal<>();

    /**
     * Order between a reply and the callbacks its call set off: a callback the implementation makes
     * on a thread of its own just after a call returned must reach the kit after that call's reply, as
     * in process it would run after the return. The worker marks its call returned at once and
     * unmarks it when the reply is written; meanwhile such callbacks wait (bounded). A callback made
     * while the call is still running is not held, so one fired before the return shows as such.
     */
    private final Object order = new Object();
    private int returnedUnreplied;
    private static final ThreadLocal<Boolean> RETURNED = new ThreadLocal<>();
    private static final long ORDER_WAIT_NANOS = Duration.ofMillis(50).toNanos();

    private final NotificationImplementation implementation;
    private final Connection connection;
    private final ExecutorService workers;
    private final Map<String, Object> proxies = new ConcurrentHashMap<>();
    private volatile SystemUnderTest instance;

    ProgramSide(NotificationImplementation implementation, InputStream in, OutputStream out) {
        this.implementation = implementation;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "notifytck-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.connection = new Connection("the kit", in, out, this);
    }

    /** Serves until the kit closes the connection; returns the reason it ended. */
    String serve() throws InterruptedException {
        Object done = new Object();
        String[] reason = new String[1];
        connection.onBreak(r -> {
            synchronized (done) {
                reason[0] = r;
                done.notifyAll();
            }
        });
        connection.start();
        synchronized (done) {
            while (reason[0] == null) {
                done.wait();
            }
        }
        SystemUnderTest s = instance;
        if (s != null) {
            s.close();
        }
        workers.shutdownNow();
        return reason[0];
    }

    @Override
    public void onRequest(long id, String type, ObjectNode message, Connection.Reply reply) {
        workers.execute(() -> {
            HANDLING.set(id);
            try {
                reply.ok(answer(type, message));
            } catch (Throwable t) {
                Throwable cause = t instanceof InvocationTargetException ite ? ite.getCause() : t;
                StringWriter stack = new StringWriter();
                cause.printStackTrace(new PrintWriter(stack));
                reply.error(RemoteError.of(cause).wireName(), String.valueOf(cause.getMessage() == null ? cause : cause.getMessage()), stack.toString());
            } finally {
                HANDLING.remove();
                if (RETURNED.get() != null) {
                    RETURNED.remove();
                    synchronized (order) {
                        returnedUnreplied--;
                        order.notifyAll();
                    }
                }
            }
        });
    }

    /** The implementation's method returned: callbacks from other threads now wait for this reply. */
    private void returned() {
        synchronized (order) {
            returnedUnreplied++;
        }
        RETURNED.set(Boolean.TRUE);
    }

    /** A callback from a thread of the implementation's own waits for the replies of calls that already returned. */
    private void afterReturnedReplies() {
        long giveUp = System.nanoTime() + ORDER_WAIT_NANOS;
        synchronized (order) {
            while (returnedUnreplied > 0) {
                long left = giveUp - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    order.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private com.fasterxml.jackson.databind.JsonNode answer(String type, ObjectNode message) throws Exception {
        MessageType t = Protocol.named(type).filter(m -> m.direction() == MessageType.Direction.KIT_TO_PROGRAM)
                .orElseThrow(() -> new Shape.Malformed("no message type \"" + type + "\" goes from the kit to the program"));
        Object[] args = Protocol.read(t, message, this);
        switch (type) {
            case "hello": {
                Capabilities c = implementation.capabilities();
                Hello h = new Hello(Protocol.VERSION, implementation.name(), implementation.version(), new ArrayList<>(c.mechanisms()),
                        new ArrayList<>(c.controls()), implementation.platform(), implementation.instancesRunSideBySide(), false);
                return t.reply().writeValue(h, this);
            }
            case "start":
                if (instance != null) {
                    throw new IllegalStateException("start while an instance is running: send stop first");
                }
                instance = implementation.start();
                return t.reply().writeValue(null, this);
            case "stop": {
                SystemUnderTest s = instance;
                instance = null;
                proxies.clear();
                if (s != null) {
                    s.close();
                }
                return t.reply().writeValue(null, this);
            }
            default: {
                SystemUnderTest s = instance;
                if (s == null) {
                    throw new IllegalStateException(type + " before start: no instance is running");
                }
                Object adapter = ACCESSORS.computeIfAbsent(t.accessor(), ProgramSide::accessor).invoke(s);
                Object result = t.method().invoke(adapter, args);
                returned();
                return t.reply().writeValue(result, this);
            }
        }
    }

    private static Method accessor(String name) {
        try {
            return SystemUnderTest.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String idOf(Object callback, Class<?> type) {
        throw new UnsupportedOperationException("the program side does not hand callbacks to the kit");
    }

    @Override
    public Object target(String id, Class<?> type) {
        Object p = proxies.computeIfAbsent(id, k -> Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> invoke(id, proxy, method, args)));
        if (!type.isInstance(p)) {
            throw new Shape.Malformed("callback target " + id + " was handed over as another kind of callback than " + type.getSimpleName());
        }
        return p;
    }

    private Object invoke(String id, Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "toString":
                if (method.getParameterCount() == 0) {
                    return "kit callback " + id;
                }
                break;
            case "hashCode":
                if (method.getParameterCount() == 0) {
                    return System.identityHashCode(proxy);
                }
                break;
            case "equals":
                if (method.getParameterCount() == 1) {
                    return proxy == args[0];
                }
                break;
            default:
                break;
        }
        MessageType t = Protocol.forMethod(method);
        if (HANDLING.get() == null) {
            afterReturnedReplies();
        }
        ObjectNode reply = connection.call(Protocol.write(t, args, this, java.util.Arrays.asList(id, HANDLING.get())), CALLBACK_LIMIT);
        if (reply.has("error")) {
            throw new WireFailure("the kit's " + t.summary() + " threw: " + reply.get("error").path("message").asText());
        }
        return null;
    }
}
