package notifytck.properties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Settling;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.msmq.MsmqWorld;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * One random run of MSMQ actions, applied to the selected implementation through the SPI and to
 * the model ({@link MsmqWorld}) side by side. After every action the implementation quiesces and
 * every observable is compared: each call's result and events (kind, code, queue object), every
 * queue object's cursor, every queue's messages.
 */
final class MsmqModelRun {
    static final List<String> QUEUES = List.of("orders", "audit");

    /** An event as the implementation handed it to the call's event object. */
    record Fired(int call, String what, String queueObject, boolean insideTheCall) {
        @Override
        public String toString() {
            return "call #" + call + ": " + what + " on " + queueObject;
        }
    }

    private final SystemUnderTest sut = Sut.start();
    private final MsmqAdapter adapter = sut.msmq();
    private final MsmqControl control = sut.msmqControl();
    private final Worlds<MsmqWorld> model = new Worlds<>(new MsmqWorld());
    private final History<Fired> history = new History<>();
    private final List<String> steps = new ArrayList<>();
    private final Map<Integer, QueueRef> objects = new LinkedHashMap<>();
    private final Map<String, Integer> objectIds = new HashMap<>();
    private final Map<Integer, MessageRef> messages = new LinkedHashMap<>();
    private final Map<String, Integer> messageIds = new HashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<Integer, Boolean> initialized = new HashMap<>();
    private final Map<Integer, Boolean> closed = new HashMap<>();
    private int calls;
    /** The thread inside EnableNotification right now, if any. */
    private volatile Thread caller;

    MsmqModelRun() {
        open("orders", notifytck.spi.msmq.MsmqConstants.MQ_PEEK_ACCESS);
    }

    // ---- actions --------------------------------------------------------------------------

    void open(String queue, int access) {
        QueueRef ref = Deadline.call("openQueue", () -> control.openQueue(queue, access));
        int id = objects.size() + 1;
        model.each(w -> w.openQueue(queue, access, true));
        remember(id, ref, true);
        steps.add("q" + id + " = openQueue(" + queue + ", access 0x" + Integer.toHexString(access) + ")");
    }

    void openUninitialized(String queue) {
        QueueRef ref = Deadline.call("uninitializedQueue", () -> control.uninitializedQueue(queue));
        int id = objects.size() + 1;
        model.each(w -> w.openQueue(queue, notifytck.spi.msmq.MsmqConstants.MQ_PEEK_ACCESS, false));
        remember(id, ref, false);
        steps.add("q" + id + " = uninitializedQueue(" + queue + ")");
    }

    /** The pick-th newest queue object (cycling), and every action resolves its pick the same way. */
    void close(int pick) {
        int object = pick(objectsNewestFirst(), pick);
        steps.add("closeQueue(q" + object + ")");
        Deadline.call("closeQueue", () -> {
            control.closeQueue(objects.get(object));
            return null;
        });
        closed.put(object, true);
        model.branch(w -> w.closeQueue(object));
    }

    void put(String queue) {
        MessageRef ref = Deadline.call("putMessage", () -> control.putMessage(queue, "body"));
        int[] id = new int[1];
        model.each(w -> id[0] = w.putMessage(queue));
        messages.put(id[0], ref);
        messageIds.put(ref.handle(), id[0]);
        steps.add("m" + id[0] + " = putMessage(" + queue + ")");
    }

    /** Another client receives a message; {@code underACursor}: one a cursor stands on, which keeps its place. */
    void remove(int pick, boolean underACursor) {
        List<Integer> candidates = underACursor
                ? messagesNewestFirst().stream().filter(m -> state().cursorsOn(m) > 0).toList() : messagesNewestFirst();
        if (candidates.isEmpty()) {
            return;
        }
        int message = pick(candidates, pick);
        steps.add("removeMessage(m" + message + ")");
        Deadline.call("removeMessage", () -> {
            control.removeMessage(messages.get(message));
            return null;
        });
        model.branch(w -> w.removeMessage(message));
    }

    void lock(int pick, boolean locked) {
        if (messagesNewestFirst().isEmpty()) {
            return;
        }
        int message = pick(messagesNewestFirst(), pick);
        steps.add((locked ? "lock" : "unlock") + "(m" + message + ")");
        Deadline.call("setLocked", () -> {
            control.setLocked(messages.get(message), locked);
            return null;
        });
        model.each(w -> w.setLocked(message, locked));
    }

    void peekWhenLocked(int pick, boolean allow) {
        if (messagesNewestFirst().isEmpty()) {
            return;
        }
        int message = pick(messagesNewestFirst(), pick);
        steps.add("setAllowPeekWhenLocked(m" + message + ", " + allow + ")");
        Deadline.call("setAllowPeekWhenLocked", () -> {
            control.setAllowPeekWhenLocked(messages.get(message), allow);
            return null;
        });
        model.each(w -> w.setPeekWhenLocked(message, allow));
    }

    /**
     * Puts a cursor no search waits on: -2 unpositioned, -1 at the end, k at the k-th newest
     * message of its queue (cycling). The model does not say what moving a waiting search's cursor does.
     */
    void position(int pick, int place) {
        List<Integer> free = objectsNewestFirst().stream().filter(o -> !state().cursorBusy(o)).toList();
        if (free.isEmpty()) {
            return;
        }
        int object = pick(free, pick);
        List<Integer> own = state().messages(state().queueOfObject(object));
        int where = place == -2 || (place >= 0 && own.isEmpty()) ? 0 : place == -1 ? -1 : own.get(own.size() - 1 - place % own.size());
        steps.add("positionCursor(q" + object + ", " + MsmqWorld.cursorText(where) + ")");
        CursorPosition p = where == 0 ? CursorPosition.UNPOSITIONED : where < 0 ? CursorPosition.END : CursorPosition.at(messages.get(where));
        Deadline.call("positionCursor", () -> {
            control.positionCursor(objects.get(object), p);
            return null;
        });
        model.each(w -> w.positionCursor(object, where));
    }

    /** Advances to the earliest due time, or 1 ms short of it (how = 0 or -1); nothing when no finite wait runs. */
    void advanceToDue(int how) {
        long due = state().nextDue();
        if (due > state().now() + (how < 0 ? 1 : 0)) {
            advance(due + how - state().now());
        }
    }

    void advance(long ms) {
        steps.add("advanceClock(" + ms + " ms)");
        Deadline.call("advanceClock", () -> {
            control.advanceClock(Duration.ofMillis(ms));
            return null;
        });
        model.each(w -> w.advance(ms));
    }

    void enable(int pick, boolean withEvent, OptionalInt32 cursor, OptionalInt32 timeout) {
        int object = pick(objectsNewestFirst(), pick);
        int call = ++calls;
        steps.add("call #" + call + ": q" + object + ".EnableNotification(" + (withEvent ? "event" : "null") + ", cursor "
                + MsmqDraws.cursorText(cursor) + ", timeout " + MsmqDraws.timeoutText(timeout) + ")");
        MsmqEvent event = withEvent ? MsmqObservations.recorder(call, history, this::objectName, t -> t == caller) : null;
        HResult r = Deadline.call("EnableNotification", () -> {
            // Deadline runs the call on a thread of its own: that thread is the caller.
            caller = Thread.currentThread();
            try {
                return adapter.enableNotification(objects.get(object), event, cursor, timeout);
            } finally {
                caller = null;
            }
        });
        results.put(MsmqWorld.resultKey(call), r.hex());
        model.branch(w -> w.enable(call, object, withEvent, cursor, timeout));
    }

    // ---- judging --------------------------------------------------------------------------

    /** After every action: quiesce, then every observable against the worlds the model still allows. */
    void compare() {
        List<String> queues = QUEUES.stream().filter(q -> !model.preferred().messages(q).isEmpty()
                || objects.keySet().stream().anyMatch(o -> q.equals(model.preferred().queueOfObject(o)))).toList();
        // The snapshot is asked in the same hand-off as the quiesce (Settling.quiesceThenObserve).
        List<Object> answers = Settling.quiesceThenObserve("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump(),
                MsmqObservations.Snapshot.asks(control, objects, queues));
        Map<String, String> observed = MsmqObservations.of(results, MsmqObservations.events(history), calls,
                MsmqObservations.Snapshot.of(objects, queues, answers), this::messageName);
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps, history.dump());
        }
    }

    // ---- what the chain draws from --------------------------------------------------------

    MsmqWorld state() {
        return model.preferred();
    }

    /** Newest first, so that shrinking (towards the first) keeps the queue object an action is about when earlier ones go. */
    List<Integer> objectsNewestFirst() {
        List<Integer> out = new ArrayList<>(objects.keySet());
        java.util.Collections.reverse(out);
        return out;
    }

    /** Newest first, as {@link #objectsNewestFirst()}. */
    List<Integer> messagesNewestFirst() {
        List<Integer> out = new ArrayList<>();
        QUEUES.forEach(q -> out.addAll(model.preferred().messages(q)));
        out.sort(java.util.Comparator.reverseOrder());
        return out;
    }

    @Override
    public String toString() {
        return String.join("; ", steps);
    }

    private static int pick(List<Integer> newestFirst, int pick) {
        return newestFirst.get(pick % newestFirst.size());
    }

    private void remember(int id, QueueRef ref, boolean init) {
        objects.put(id, ref);
        objectIds.put(ref.handle(), id);
        initialized.put(id, init);
    }

    private String objectName(QueueRef q) {
        Integer id = q == null ? null : objectIds.get(q.handle());
        return id == null ? "an unknown queue object " + q : "q" + id;
    }

    private String messageName(MessageRef m) {
        Integer id = messageIds.get(m.handle());
        return id == null ? "an unknown message " + m.handle() : "m" + id;
    }
}
