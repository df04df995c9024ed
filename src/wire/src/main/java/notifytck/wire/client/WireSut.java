package notifytck.wire.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;
import notifytck.wire.MessageType;
import notifytck.wire.Messages;
import notifytck.wire.Protocol;
import notifytck.wire.RemoteError;
import notifytck.wire.Shape;
import notifytck.wire.WireFailure;

/**
 * One instance reached over the wire: each adapter and control is a proxy that turns a call into
 * its request and the reply back into the SPI's value, checked against the registry. A quiesce
 * that the program answers true also waits until the callbacks it sent before answering have run
 * in the kit, which is what quiesce promises in process.
 */
final class WireSut implements SystemUnderTest, WireInstance {
    private final Session session;
    private final WireImplementation owner;
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    WireSut(Session session, WireImplementation owner) {
        this.session = session;
        this.owner = owner;
    }

    private <T> T proxy(Class<T> type) {
        return type.cast(proxies.computeIfAbsent(type, t -> Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] {t},
                (p, m, args) -> invoke(p, m, args))));
    }

    private Object invoke(Object proxy, Method m, Object[] args) throws InterruptedException {
        if (m.getDeclaringClass() == Object.class) {
            switch (m.getName()) {
                case "toString":
                    return "wire proxy of " + proxy.getClass().getInterfaces()[0].getSimpleName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return proxy == args[0];
            }
        }
        if (closed.get()) {
            throw new IllegalStateException("this instance was closed");
        }
        MessageType t = Protocol.forMethod(m);
        ObjectNode request = Protocol.write(t, args, session.callbacks(), List.of());
        boolean quiesce = m.getName().equals("quiesce") && args != null && args.length == 1 && args[0] instanceof Duration;
        Duration limit = quiesce ? session.answerLimit().plus((Duration) args[0]) : session.answerLimit();
        ObjectNode reply = session.call(request, limit);
        if (reply.has("error")) {
            com.fasterxml.jackson.databind.JsonNode error = reply.get("error");
            String kind = error.path("kind").asText();
            String message = error.path("message").asText();
            RemoteError e = RemoteError.named(kind);
            if (e == null || !error.path("message").isTextual()) {
                session.breach("the program's error reply does not have the shape the registry gives it: " + Messages.clip(Messages.line(reply)));
                throw malformed(request, "{\"re\": id, \"error\": {\"kind\": one of invalid-argument, unsupported, illegal-state, malformed, failure,"
                        + " \"message\": string}}", reply);
            }
            String detail = reply.get("error").path("detail").asText("");
            throw e.toException(t.summary() + " failed in the program: " + message + (detail.isEmpty() ? "" : "\n  detail: " + Messages.clip(detail)));
        }
        Object result;
        try {
            result = t.reply().readValue(reply.get("ok"), session.callbacks(), t.name() + " reply");
        } catch (Shape.Malformed e) {
            session.breach("the program's reply does not have the shape the registry gives it: " + e.getMessage());
            throw malformed(request, t.reply().describe(), reply);
        }
        if (quiesce && Boolean.TRUE.equals(result)) {
            return session.callbacks().awaitFinished(session.callbacks().received(), (Duration) args[0]);
        }
        return result;
    }

    private WireFailure malformed(ObjectNode request, String expected, ObjectNode reply) {
        return new WireFailure("the program's reply does not have the shape the registry gives it"
                + "\n  request: " + Messages.clip(Messages.line(request))
                + "\n  expected: {\"re\": id, \"ok\": " + expected + "}"
                + "\n  came back: " + Messages.clip(Messages.line(reply)) + session.context());
    }

    @Override
    public SpoolerAdapter spooler() {
        return proxy(SpoolerAdapter.class);
    }

    @Override
    public SpoolerControl spoolerControl() {
        return proxy(SpoolerControl.class);
    }

    @Override
    public MsmqAdapter msmq() {
        return proxy(MsmqAdapter.class);
    }

    @Override
    public MsmqControl msmqControl() {
        return proxy(MsmqControl.class);
    }

    @Override
    public RpcServerAdapter rpc() {
        return proxy(RpcServerAdapter.class);
    }

    @Override
    public RpcControl rpcControl() {
        return proxy(RpcControl.class);
    }

    @Override
    public FaxAdapter fax() {
        return proxy(FaxAdapter.class);
    }

    @Override
    public FaxControl faxControl() {
        return proxy(FaxControl.class);
    }

    @Override
    public List<String> incidents() {
        return session.incidents();
    }

    @Override
    public String stderrTail() {
        return session.stderrTail();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            owner.release(session, session.stopInstance());
        }
    }
}
