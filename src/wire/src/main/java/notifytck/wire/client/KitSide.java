package notifytck.wire.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import notifytck.wire.Connection;
import notifytck.wire.MessageType;
import notifytck.wire.Protocol;
import notifytck.wire.RemoteError;
import notifytck.wire.Shape;
import notifytck.wire.Targets;

/**
 * The kit's side of the callbacks on one connection. Each callback object the kit hands over gets
 * an id; a callback message runs it, and the reply goes when it returned. Callbacks to one target
 * run one at a time in the order they came (a program that does not wait for the reply still gets
 * its order kept); different targets run side by side, so a callback the kit holds blocks only its
 * own. At most {@link #MAX_WAITING} callbacks may wait to run: more is a flood, and breaks the
 * connection instead of the kit's memory.
 */
final class KitSide implements Connection.Handler, Targets {
    static final int MAX_WAITING = notifytck.wire.Limits.MAX_WAITING_CALLBACKS;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "notifytck-wire-callback-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final Map<String, Object> byId = new ConcurrentHashMap<>();
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Consumer<String> breach;
    private final Consumer<String> stray;
    private final Consumer<String> tally;
    private volatile Connection connection;
    private volatile boolean broken;
    /** Ids up to this one were handed over in earlier scenarios of the session. */
    private volatile int retiredUpTo;
    /** Callbacks received, and finished, so far: quiesce waits until the second reaches the first. */
    private long received;
    private long finished;
    private int waitingToRun;
    private int thisScenario;
    /** Which scenario's count a callback belongs to: one from before a reset must not count as this scenario's. */
    private long epoch;
    /** Callbacks to targets of ended scenarios, over the session: a few are reported, a stream of them is a flood. */
    private int strays;
    static final int MAX_STRAYS = notifytck.wire.Limits.MAX_CALLBACKS_AFTER_STOP;

    /**
     * {@code breach} ends the session for a breach of the protocol in the current scenario;
     * {@code stray} is told of a callback to a target of a scenario that already ended.
     */
    KitSide(Consumer<String> breach, Consumer<String> stray, Consumer<String> tally) {
        this.breach = breach;
        this.stray = stray;
        this.tally = tally;
    }

    void attach(Connection c) {
        this.connection = c;
        c.onBreak(reason -> broken = true);
    }

    /** Forgets the previous scenario's callbacks. */
    synchronized void reset() {
        thisScenario = 0;
        // Quiesce counts this scenario's callbacks only: one lost or late from before cannot hold it up.
        received = 0;
        finished = 0;
        waitingToRun = 0;
        epoch++;
        retiredUpTo = next.get();
        ids.clear();
        byId.clear();
        lanes.clear();
    }

    @Override
    public synchronized String idOf(Object callback, Class<?> type) {
        return ids.computeIfAbsent(callback, c -> {
            String id = "t" + next.incrementAndGet();
            byId.put(id, c);
            return id;
        });
    }

    @Override
    public Object target(String id, Class<?> type) {
        Object o = byId.get(id);
        if (o == null) {
            throw new Shape.Malformed("no callback target " + id + " was handed over in this scenario");
        }
        if (!type.isInstance(o)) {
            throw new Shape.Malformed("callback target " + id + " is not a " + type.getSimpleName());
        }
        return o;
    }

    @Override
    public void onRequest(long id, String type, ObjectNode message, Connection.Reply reply) {
        MessageType t = Protocol.named(type).filter(m -> m.direction() == MessageType.Direction.PROGRAM_TO_KIT).orElse(null);
        if (t == null) {
            reply.error(RemoteError.MALFORMED.wireName(), "no message type \"" + type + "\" goes from the program to the kit", null);
            breach.accept("the program sent a message of unknown type \"" + type + "\": " + message);
            return;
        }
        Object[] args;
        Object target;
        try {
            args = Protocol.read(t, message, this);
            if (retired((String) args[0])) {
                // Not this scenario's fault: the one that handed the target over has ended, and its instance was stopped.
                reply.error(RemoteError.ILLEGAL_STATE.wireName(), "target " + args[0] + " belongs to a scenario that ended; its instance was stopped", null);
                stray.accept("the program called back after stop: " + type + " to target " + args[0] + ", which a scenario that had already"
                        + " ended handed over (the callback was refused; that scenario is not failed by it)");
                if (++strays > MAX_STRAYS) {
                    breach.accept("the program kept calling back after stop: more than " + MAX_STRAYS + " callbacks to targets of ended scenarios");
                }
                return;
            }
            target = target((String) args[0], t.method().getDeclaringClass());
        } catch (Shape.Malformed e) {
            reply.error(RemoteError.MALFORMED.wireName(), e.getMessage(), null);
            breach.accept("the program sent a malformed " + type + ": " + e.getMessage() + "\n  it sent: " + message);
            return;
        }
        tally.accept(type);
        Object[] callArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
        Long during = (Long) args[1];
        String flood = null;
        long mine;
        synchronized (this) {
            mine = epoch;
            received++;
            if (++waitingToRun > MAX_WAITING) {
                flood = "the program flooded the kit: more than " + MAX_WAITING + " callbacks waiting to run";
            } else if (++thisScenario > notifytck.wire.Limits.MAX_CALLBACKS_PER_SCENARIO) {
                flood = "the program flooded the kit: more than " + notifytck.wire.Limits.MAX_CALLBACKS_PER_SCENARIO + " callbacks in one scenario";
            }
        }
        if (flood != null) {
            breach.accept(flood);
            return;
        }
        Runnable task = () -> {
            synchronized (this) {
                if (mine == epoch) {
                    waitingToRun--;
                }
            }
            if (broken) {
                // The session broke (a flood, a breach): what it had queued is not run into a scenario that has moved on.
                synchronized (this) {
                    if (mine == epoch) {
                        finished++;
                    }
                    notifyAll();
                }
                return;
            }
            try {
                t.method().invoke(target, callArgs);
                reply.ok(null);
            } catch (InvocationTargetException e) {
                reply.error(RemoteError.FAILURE.wireName(), String.valueOf(e.getCause()), null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                reply.error(RemoteError.FAILURE.wireName(), String.valueOf(e), null);
            } finally {
                synchronized (this) {
                    if (mine == epoch) {
                        finished++;
                    }
                    notifyAll();
                }
            }
        };
        if (during == null) {
            lanes.computeIfAbsent((String) args[0], k -> new Lane(RUNNERS)).run(task);
        } else if (!connection.runDuring(during, task)) {
            reply.error(RemoteError.MALFORMED.wireName(), "\"during\": " + during + " is not a request of the kit's that is waiting for its answer", null);
            breach.accept("the program sent " + type + " during request " + during + ", which is not waiting for an answer");
        }
    }

    private boolean retired(String id) {
        if (byId.containsKey(id) || !id.matches("t[1-9][0-9]{0,9}")) {
            return false;
        }
        try {
            return Integer.parseInt(id.substring(1)) <= retiredUpTo;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** How many callbacks have come so far. */
    synchronized long received() {
        return received;
    }

    /** Waits until the first {@code count} callbacks have returned; false if {@code max} passed first. */
    synchronized boolean awaitFinished(long count, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (finished < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Runs tasks one at a time, in order, on a shared pool. */
    private static final class Lane {
        private final Executor pool;
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean running;

        Lane(Executor pool) {
            this.pool = pool;
        }

        synchronized void run(Runnable task) {
            tasks.add(task);
            if (!running) {
                running = true;
                pool.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = tasks.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                next.run();
            }
        }
    }
}
