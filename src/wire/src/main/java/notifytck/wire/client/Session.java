package notifytck.wire.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import notifytck.wire.Connection;
import notifytck.wire.Hello;
import notifytck.wire.MessageType;
import notifytck.wire.Protocol;
import notifytck.wire.Shape;
import notifytck.wire.WireFailure;
import notifytck.wire.WireSetupError;

/**
 * One program session: a process (or a TCP connection), its connection and its callbacks, serving
 * one instance at a time. Whatever breaks the connection while an instance runs becomes an
 * incident of that instance; a broken session is never reused.
 */
final class Session {
    private final Link link;
    private final Connection connection;
    private final KitSide callbacks;
    private final Duration answerLimit;
    /** How long the program may take to come up and answer hello: launching is not answering. */
    private final Duration startLimit;
    private final Hello hello;
    private final List<String> incidents = new ArrayList<>();
    private volatile boolean instanceRunning;
    /** Why the connection broke, and what became of the program then (found on a thread of its own). */
    private volatile String breakReason;
    private volatile String fate = "";

    private final java.util.function.Consumer<String> tally;

    private Session(Link link, Duration answerLimit, Duration startLimit, java.util.function.Consumer<String> stray,
                    java.util.function.Consumer<String> tally) {
        this.link = link;
        this.answerLimit = answerLimit;
        this.startLimit = startLimit;
        this.tally = tally;
        this.callbacks = new KitSide(this::breach, stray, tally);
        this.connection = new Connection("the program", link.in(), link.out(), callbacks);
        callbacks.attach(connection);
        connection.onBreak(reason -> {
            // Runs on whichever thread broke the connection, maybe a call that must fail within its deadline: keep it short.
            breakReason = reason;
            Thread t = new Thread(() -> {
                fate = link.fate(Duration.ofMillis(500));
                link.destroy();
            }, "notifytck-wire-reaper");
            t.setDaemon(true);
            t.start();
        });
        connection.start();
        ObjectNode hi = Protocol.write(Protocol.named("hello").orElseThrow(), new Object[] {Protocol.VERSION, kitVersion()}, callbacks, List.of());
        MessageType helloType = Protocol.named("hello").orElseThrow();
        ObjectNode reply;
        try {
            tally.accept("hello");
            reply = connection.call(hi, startLimit);
        } catch (WireFailure e) {
            // A program that could not start says why on stderr and exits: let both arrive before saying so.
            String fate = link.fate(Duration.ofMillis(500));
            if (link.stderr() != null) {
                link.stderr().awaitEnd(Duration.ofMillis(500));
            }
            throw new WireSetupError("the program did not answer hello: " + e.getMessage() + (fate.isEmpty() ? "" : "; " + fate) + oneLineContext());
        }
        if (reply.has("error")) {
            throw new WireSetupError("the program refused hello: " + reply.get("error") + oneLineContext());
        }
        try {
            this.hello = (Hello) helloType.reply().readValue(reply.get("ok"), callbacks, "hello reply");
        } catch (Shape.Malformed e) {
            throw new WireSetupError("the program's answer to hello is malformed: " + e.getMessage()
                    + "; expected " + helloType.reply().describe() + oneLineContext());
        }
        if (hello.protocol() != Protocol.VERSION) {
            throw new WireSetupError("the program speaks protocol version " + hello.protocol() + "; this kit speaks version " + Protocol.VERSION);
        }
    }

    /** Opens a session; {@code stray} hears of callbacks to scenarios that already ended. */
    static Session open(Endpoint endpoint, Duration answerLimit, Duration startLimit, java.util.function.Consumer<String> stray,
                        java.util.function.Consumer<String> tally) {
        Link link;
        try {
            link = endpoint.open();
        } catch (IOException | RuntimeException e) {
            throw new WireSetupError("cannot start or reach the program (" + endpoint.describe() + "): " + e.getMessage());
        }
        try {
            return new Session(link, answerLimit, startLimit, stray, tally);
        } catch (RuntimeException e) {
            link.destroy();
            throw e;
        }
    }

    private static String kitVersion() {
        String v = Session.class.getPackage().getImplementationVersion();
        return v == null ? "unversioned" : v;
    }

    Hello hello() {
        return hello;
    }

    Duration answerLimit() {
        return answerLimit;
    }

    KitSide callbacks() {
        return callbacks;
    }

    boolean healthy() {
        return connection.broken() == null;
    }

    /** Starts an instance on the program; incidents and the stderr count start afresh. */
    void startInstance() {
        synchronized (incidents) {
            incidents.clear();
        }
        breakReason = null;
        callbacks.reset();
        if (link.stderr() != null) {
            link.stderr().mark(connection::breakWith);
        }
        instanceRunning = true;
        ObjectNode reply = call(Protocol.write(Protocol.named("start").orElseThrow(), new Object[0], callbacks, List.of()), answerLimit);
        if (reply.has("error")) {
            throw new IllegalStateException("the program could not start an instance: " + reply.get("error").path("message").asText() + context());
        }
    }

    /** Stops the instance; false if the session cannot serve another. */
    boolean stopInstance() {
        instanceRunning = false;
        if (!healthy()) {
            return false;
        }
        try {
            // From the stop's answer on, the scenario's targets are retired: a callback to one is refused, not run.
            ObjectNode reply = call(Protocol.write(Protocol.named("stop").orElseThrow(), new Object[0], callbacks, List.of()), answerLimit,
                    callbacks::reset);
            if (reply.has("error")) {
                synchronized (incidents) {
                    incidents.add("stop failed: " + reply.get("error").path("message").asText());
                }
                return false;
            }
            return true;
        } catch (WireFailure e) {
            return false;
        }
    }

    /** Sends a request and waits for its reply; a wire failure says what the program's stderr last said. */
    ObjectNode call(ObjectNode request, Duration limit) {
        return call(request, limit, null);
    }

    private ObjectNode call(ObjectNode request, Duration limit, Runnable atReply) {
        tally.accept(request.path("type").asText());
        try {
            return connection.call(request, limit, atReply);
        } catch (WireFailure e) {
            // A program that exited has usually done so by now; one that hangs is not waited for.
            String what = e.getMessage().contains("did not answer") ? "" : link.fate(Duration.ofMillis(100));
            throw new WireFailure(e.getMessage() + (what.isEmpty() ? "" : "; " + what)
                    + "\n  request: " + notifytck.wire.Messages.clip(notifytck.wire.Messages.line(request)) + context());
        }
    }

    /** A breach of the protocol found by the kit's side (flood, unknown target): ends the session. */
    void breach(String what) {
        connection.breakWith(what);
    }

    /** What went wrong during the current instance, the broken connection first. */
    List<String> incidents() {
        List<String> out = new ArrayList<>();
        String reason = breakReason;
        if (reason != null) {
            String f = fate;
            out.add(reason + (f.isEmpty() ? "" : "; " + f));
        }
        synchronized (incidents) {
            out.addAll(incidents);
        }
        return out;
    }

    String stderrTail() {
        return link.stderr() == null ? "" : link.stderr().tail(StderrTail.KEPT);
    }

    /** The program's last stderr lines on one line, for a configuration error (which is one line). */
    private String oneLineContext() {
        if (link.stderr() == null) {
            return "";
        }
        String tail = link.stderr().tail(3).strip();
        return tail.isEmpty() ? "" : "; its stderr ended with: " + String.join(" | ", tail.lines().map(String::strip).toList());
    }

    /** What a failure message adds: the program's fate and its last stderr lines. */
    String context() {
        String tail = link.stderr() == null ? "" : link.stderr().tail(12);
        return tail.isEmpty() ? "" : "\n  the program's stderr (last lines):\n" + tail.stripTrailing();
    }

    void destroy() {
        connection.close();
        link.destroy();
    }

    /** Ends a healthy session as protocol.md says: its stdin closes, and the program may exit by itself until {@code end}. */
    void endGently(long end) {
        connection.close();
        link.fate(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        link.destroy();
    }

    boolean instanceRunning() {
        return instanceRunning;
    }
}
