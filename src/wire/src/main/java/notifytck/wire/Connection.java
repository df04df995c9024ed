package notifytck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One end of a connection: newline-delimited JSON in both directions. Requests carry an {@code id}
 * and a {@code type}; a reply carries {@code re} (the id it answers) and either {@code ok} or
 * {@code error}. Each side numbers its own requests. A line that is not such a message, a reply
 * nobody waits for, a line over {@link #MAX_LINE} bytes, or the end of the stream breaks the
 * connection: every waiting call fails at once with the reason, and the reason is kept.
 */
public final class Connection implements AutoCloseable {
    /** The longest line either side accepts. */
    public static final int MAX_LINE = 1 << 20;

    /** What a side does with a request from the other side; it must not block the reading thread. */
    public interface Handler {
        void onRequest(long id, String type, ObjectNode message, Reply reply);
    }

    /** The answer to one request, sent once. */
    public interface Reply {
        void ok(JsonNode result);

        void error(String kind, String message, String detail);
    }

    private final String peer;
    private final InputStream in;
    private final OutputStream out;
    private final Handler handler;
    /**
     * What each waiting call receives: its reply, a failure, or a callback to run on the waiting
     * thread itself (one the other side made during that request; see {@link #runDuring}).
     */
    private final Map<Long, java.util.concurrent.BlockingQueue<Object>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Runnable> onReply = new ConcurrentHashMap<>();
    /** Requests whose caller gave up waiting (interrupted): their answers are dropped when they come. */
    private final java.util.Set<Long> abandoned = ConcurrentHashMap.newKeySet();
    private final List<Consumer<String>> onBreak = new ArrayList<>();
    private volatile String broken;
    /** The start of a line the other side has not finished, for the message when its answer never comes. */
    private volatile String partial = "";
    private final Thread reader;
    /**
     * Lines waiting to be written. One writer thread writes them, so neither a caller nor the
     * reading thread ever blocks on a peer that stops reading: a call's deadline runs meanwhile,
     * and a broken connection drops what is left.
     */
    private final java.util.concurrent.BlockingQueue<byte[]> outbox = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writer;

    /** {@code peer} names the other side in failure messages ("the program", "the kit"). */
    public Connection(String peer, InputStream in, OutputStream out, Handler handler) {
        this.peer = peer;
        this.in = in;
        this.out = out;
        this.handler = handler;
        this.reader = new Thread(this::readLoop, "notifytck-wire-reader");
        reader.setDaemon(true);
        this.writer = new Thread(this::writeLoop, "notifytck-wire-writer");
        writer.setDaemon(true);
    }

    public Connection start() {
        reader.start();
        writer.start();
        return this;
    }

    private void writeLoop() {
        try {
            while (broken == null) {
                byte[] line = outbox.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    continue;
                }
                try {
                    out.write(line);
                    if (outbox.isEmpty()) {
                        out.flush();
                    }
                } catch (IOException e) {
                    breakWith("cannot write to " + peer + ": " + e.getMessage());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code action} with the reason when the connection breaks (at once if it already has). */
    public synchronized void onBreak(Consumer<String> action) {
        if (broken != null) {
            action.accept(broken);
        } else {
            onBreak.add(action);
        }
    }

    /** Why the connection is broken, or null while it works. */
    public String broken() {
        return broken;
    }

    /** Breaks the connection for {@code reason}: waiting calls fail with it, and later ones at once. */
    public void breakWith(String reason) {
        List<Consumer<String>> actions;
        synchronized (this) {
            if (broken != null) {
                return;
            }
            broken = reason;
            actions = List.copyOf(onBreak);
        }
        WireFailure f = new WireFailure(reason);
        waiting.values().forEach(w -> w.add(f));
        waiting.clear();
        outbox.clear();
        actions.forEach(a -> a.accept(reason));
        closeQuietly();
    }

    /**
     * Sends a request and waits for its reply, at most {@code limit}. Returns the whole reply
     * message; a reply that does not come in time breaks the connection, since it would come late.
     */
    public ObjectNode call(ObjectNode request, Duration limit) {
        return call(request, limit, null);
    }

    /**
     * As {@link #call(ObjectNode, Duration)}, and runs {@code atReply} on the reading thread as the
     * reply is read, before any message after it: what must hold from the reply on (a stopped
     * instance's targets retired) then holds for the very next callback.
     */
    public ObjectNode call(ObjectNode request, Duration limit, Runnable atReply) {
        long id = ids.incrementAndGet();
        request.put("id", id);
        if (atReply != null) {
            onReply.put(id, atReply);
        }
        java.util.concurrent.BlockingQueue<Object> mailbox = new java.util.concurrent.LinkedBlockingQueue<>();
        waiting.put(id, mailbox);
        String why = broken;
        if (why != null) {
            waiting.remove(id);
            throw new WireFailure(why);
        }
        long end = System.nanoTime() + limit.toNanos();
        send(request);
        try {
            while (true) {
                Object next = mailbox.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next instanceof ObjectNode reply) {
                    return reply;
                }
                if (next instanceof WireFailure f) {
                    throw f;
                }
                if (next instanceof Runnable during) {
                    // The program waits on the kit while the kit runs its callback: that time is not the program's silence.
                    long t0 = System.nanoTime();
                    during.run();
                    end += System.nanoTime() - t0;
                    continue;
                }
                String pending = partial;
                breakWith(peer + " did not answer request " + id + " (" + request.path("type").asText() + ") within " + limit.toMillis() + " ms"
                        + (pending.isEmpty() ? "" : "; it wrote part of a line and stopped: '" + Messages.clip(pending) + "'"));
                throw new WireFailure(broken);
            }
        } catch (InterruptedException e) {
            // The kit gave up on the call (its own deadline, which the scenario reports): the answer may still come, and is not a breach.
            abandoned.add(id);
            Thread.currentThread().interrupt();
            throw new WireFailure("interrupted while waiting for " + peer + " to answer " + request.path("type").asText());
        } finally {
            waiting.remove(id);
            onReply.remove(id);
            // Callbacks made during this request that no one will run here (the caller gave up): they still run, and are answered.
            for (Object o = mailbox.poll(); o != null; o = mailbox.poll()) {
                if (o instanceof Runnable r) {
                    runAside(id, r);
                }
            }
        }
    }

    private static void runAside(long requestId, Runnable task) {
        Thread t = new Thread(task, "notifytck-wire-abandoned-" + requestId);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Runs {@code task} on the thread waiting for request {@code requestId}, as a callback made
     * during a call runs on the caller's thread in process; false when that request is not waiting.
     */
    public boolean runDuring(long requestId, Runnable task) {
        java.util.concurrent.BlockingQueue<Object> mailbox = waiting.get(requestId);
        if (mailbox == null) {
            if (abandoned.contains(requestId)) {
                // In process the abandoned call goes on running on the thread the kit left; here that thread is gone, so any will do.
                runAside(requestId, task);
                return true;
            }
            return false;
        }
        mailbox.add(task);
        return true;
    }

    /** Writes one message as one line; a write that fails breaks the connection. */
    public void send(JsonNode message) {
        if (broken == null) {
            outbox.add((Messages.line(message) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void readLoop() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    String rest = line.toString(StandardCharsets.UTF_8);
                    breakWith(rest.isEmpty() ? peer + " closed its output (end of stream)"
                            : peer + " closed its output in the middle of a line: '" + Messages.clip(rest) + "'");
                    return;
                }
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line.write(buf, start, i - start);
                        String text = line.toString(StandardCharsets.UTF_8);
                        line.reset();
                        start = i + 1;
                        if (!text.isBlank()) {
                            receive(text);
                        }
                        if (broken != null) {
                            return;
                        }
                    }
                }
                line.write(buf, start, n - start);
                partial = line.size() == 0 ? "" : line.toString(StandardCharsets.UTF_8);
                if (line.size() > MAX_LINE) {
                    breakWith(peer + " wrote a line longer than " + MAX_LINE + " bytes: '" + Messages.clip(line.toString(StandardCharsets.UTF_8)) + "'");
                    return;
                }
            }
        } catch (IOException e) {
            String rest = line.toString(StandardCharsets.UTF_8);
            breakWith(peer + "'s output failed: " + e.getMessage() + (rest.isEmpty() ? "" : "; a partial line was pending: '" + Messages.clip(rest) + "'"));
        }
    }

    private void receive(String text) {
        JsonNode m = Messages.parse(text);
        if (m == null || !m.isObject()) {
            breakWith(peer + " wrote a line that is not a JSON object: '" + Messages.clip(text) + "'");
            return;
        }
        ObjectNode message = (ObjectNode) m;
        if (message.has("re")) {
            JsonNode re = message.get("re");
            boolean integral = re.isIntegralNumber() && re.canConvertToLong();
            java.util.concurrent.BlockingQueue<Object> w = integral ? waiting.remove(re.longValue()) : null;
            if (w == null && integral && abandoned.remove(re.longValue())) {
                return;
            }
            if (w == null) {
                breakWith(peer + " answered request " + re + ", which is not waiting for an answer (late, answered twice, or never sent): '"
                        + Messages.clip(text) + "'");
                return;
            }
            if (!(message.has("ok") ^ message.has("error"))) {
                breakWith(peer + " wrote a reply with neither or both of \"ok\" and \"error\": '" + Messages.clip(text) + "'");
                w.add(new WireFailure(broken));
                return;
            }
            Runnable atReply = onReply.remove(re.longValue());
            if (atReply != null) {
                atReply.run();
            }
            w.add(message);
            return;
        }
        JsonNode id = message.get("id");
        JsonNode type = message.get("type");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || type == null || !type.isTextual()) {
            breakWith(peer + " wrote a message that is neither a reply (\"re\") nor a request (\"id\" and \"type\"): '" + Messages.clip(text) + "'");
            return;
        }
        long requestId = id.longValue();
        handler.onRequest(requestId, type.textValue(), message, new Reply() {
            @Override
            public void ok(JsonNode result) {
                ObjectNode r = Messages.object();
                r.put("re", requestId);
                r.set("ok", result);
                send(r);
            }

            @Override
            public void error(String kind, String msg, String detail) {
                ObjectNode r = Messages.object();
                r.put("re", requestId);
                ObjectNode e = r.putObject("error");
                e.put("kind", kind);
                e.put("message", msg);
                if (detail != null) {
                    e.put("detail", detail);
                }
                send(r);
            }
        });
    }

    private void closeQuietly() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the other side is gone already
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // the other side is gone already
        }
    }

    @Override
    public void close() {
        breakWith("closed by this side");
    }
}
