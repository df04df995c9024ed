package notifytck.model.msmq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.model.Expectation;
import notifytck.model.World;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;

/**
 * One state a queue manager may be in under [MC-MQAC] 3.11.4.1.9 (IMSMQQueue4::EnableNotification)
 * and the kit's readings in features/msmq/enable-notification.feature: queues and their messages,
 * queue objects with their cursors, EnableNotification calls and the one event each fires, and
 * virtual time. Pure and single-threaded: every event the document makes due is fired as soon as
 * the step that makes it due ends, because the property observes only after the implementation
 * quiesced.
 *
 * <p>Ids are the model's own: queue objects, messages and calls are numbered from 1 in the order
 * they are made, and the property maps them to the implementation's handles.
 */
public final class MsmqWorld implements World<MsmqWorld> {
    /** A message: its lock and Message.AllowPeekWhenLocked. */
    static final class Msg {
        final int id;
        boolean locked;
        boolean peekWhenLocked;

        Msg(int id) {
            this.id = id;
        }

        /** Suitable for a notification: not locked, or may be peeked while locked (3.11.4.1.9). */
        boolean suitable() {
            return !locked || peekWhenLocked;
        }

        Msg copy() {
            Msg m = new Msg(id);
            m.locked = locked;
            m.peekWhenLocked = peekWhenLocked;
            return m;
        }
    }

    /** A queue object: its queue, its state flags, its access, and its cursor. */
    static final class QueueObject {
        final int id;
        final String queue;
        final boolean initialized;
        final int access;
        boolean closed;
        /** 0 before the cursor is positioned, -1 past the last message (END), else a message id. */
        int cursor;
        /** The rule that fixes where the cursor is now. */
        String cursorRule = "REQ-MSMQ-ENABLE-022";
        /** When the cursor is at END: the newest message of the queue when it got there (0: none); later ones came after. */
        int endAfter;

        QueueObject(int id, String queue, boolean initialized, int access) {
            this.id = id;
            this.queue = queue;
            this.initialized = initialized;
            this.access = access;
        }

        QueueObject copy() {
            QueueObject o = new QueueObject(id, queue, initialized, access);
            o.closed = closed;
            o.cursor = cursor;
            o.cursorRule = cursorRule;
            o.endAfter = endAfter;
            return o;
        }
    }

    /** An EnableNotification call, refused or accepted, and the event it fired so far. */
    static final class Call {
        final int id;
        final int object;
        /** The code the call returns, and the rule that fixes it. */
        final HResult result;
        final String resultRule;
        /** FIRST, CURRENT or NEXT for an accepted call; null for a refused one. */
        final Action action;
        /** -1 for INFINITE, else milliseconds; the due time is {@link #due}. */
        final long timeout;
        final long due;
        /** The rule that fixes the outcome while nothing has fired (wait without limit, not before the timeout). */
        final String waitRule;
        String fired;
        String firedRule;
        /** For a search that found nothing: the rule an Arrived would break; null for the search's own rule. */
        String noArrivalRule;
        /** Its queue object was closed while it waited (REQ-MSMQ-ENABLE-026 judges it from then on). */
        boolean closedUnder;

        Call(int id, int object, HResult result, String resultRule, Action action, long timeout, long due, String waitRule) {
            this.id = id;
            this.object = object;
            this.result = result;
            this.resultRule = resultRule;
            this.action = action;
            this.timeout = timeout;
            this.due = due;
            this.waitRule = waitRule;
        }

        boolean waiting() {
            return action != null && fired == null;
        }

        Call copy() {
            Call c = new Call(id, object, result, resultRule, action, timeout, due, waitRule);
            c.fired = fired;
            c.firedRule = firedRule;
            c.noArrivalRule = noArrivalRule;
            c.closedUnder = closedUnder;
            return c;
        }
    }

    enum Action { FIRST, CURRENT, NEXT }

    static final String ARRIVED = "Arrived";
    static final int END = -1;
    static final int UNPOSITIONED = 0;

    private final Map<String, List<Msg>> queues = new LinkedHashMap<>();
    private final Map<Integer, QueueObject> objects = new LinkedHashMap<>();
    private final Map<Integer, Call> calls = new LinkedHashMap<>();
    private long now;
    private int nextMessage = 1;

    public MsmqWorld() {}

    @Override
    public MsmqWorld copy() {
        MsmqWorld w = new MsmqWorld();
        queues.forEach((name, list) -> w.queues.put(name, new ArrayList<>(list.stream().map(Msg::copy).toList())));
        objects.forEach((id, o) -> w.objects.put(id, o.copy()));
        calls.forEach((id, c) -> w.calls.put(id, c.copy()));
        w.now = now;
        w.nextMessage = nextMessage;
        return w;
    }

    // ---- what the kit's control does -------------------------------------------------------

    /** MsmqControl.openQueue / uninitializedQueue: a new queue object; returns its id. */
    public int openQueue(String queue, int access, boolean initialized) {
        queues.computeIfAbsent(queue, q -> new ArrayList<>());
        int id = objects.size() + 1;
        objects.put(id, new QueueObject(id, queue, initialized, access));
        return id;
    }

    /**
     * Closing a queue object under calls still waiting on it: the document does not say what their
     * waits do; REQ-MSMQ-ENABLE-026 accepts either end, the same for every such call of the object.
     * This world lets them go on; the other ends each with MQ_ERROR_OPERATION_CANCELLED now. In both,
     * whatever those calls show from now on is judged under REQ-MSMQ-ENABLE-026.
     */
    public List<MsmqWorld> closeQueue(int object) {
        objects.get(object).closed = true;
        List<Call> waiting = calls.values().stream().filter(c -> c.waiting() && c.object == object).toList();
        if (waiting.isEmpty()) {
            return List.of(this);
        }
        waiting.forEach(c -> c.closedUnder = true);
        MsmqWorld cancelled = copy();
        waiting.forEach(c -> cancelled.fire(cancelled.calls.get(c.id), error(MsmqConstants.MQ_ERROR_OPERATION_CANCELLED), CLOSED_UNDER));
        return List.of(this, cancelled);
    }

    /** The rule that judges a call whose queue object was closed while it waited. */
    static final String CLOSED_UNDER = "REQ-MSMQ-ENABLE-026";

    /** Another client sends a message: it joins the end of the queue and may end waits (REQ-MSMQ-ENABLE-017, -018). */
    public int putMessage(String queue) {
        Msg m = new Msg(nextMessage++);
        queues.computeIfAbsent(queue, q -> new ArrayList<>()).add(m);
        for (Call c : calls.values()) {
            QueueObject o = objects.get(c.object);
            if (!c.waiting() || !o.queue.equals(queue)) {
                continue;
            }
            if (c.action == Action.FIRST) {
                fire(c, ARRIVED, arrivalRule(c));
            } else if (o.cursor == END || o.cursor == m.id) {
                // Wait for New Message: a search waiting at the end moves the cursor onto the newcomer
                // (a second search on the same queue object finds the cursor already there).
                o.cursor = m.id;
                o.cursorRule = "REQ-MSMQ-ENABLE-013";
                fire(c, ARRIVED, arrivalRule(c));
            }
        }
        return m.id;
    }

    /**
     * Another client receives a message. A cursor standing on it keeps its place, where the message
     * was (cursors point to message locations): it moves on from there, to the message that came
     * after it, never back to the head. Returns the worlds the removal may lead to (below: a cursor
     * left with nothing after its place may also be at END).
     */
    public List<MsmqWorld> removeMessage(int message) {
        String queue = queueOf(message);
        List<QueueObject> mine = objects.values().stream().filter(o -> o.queue.equals(queue) && o.cursor > 0).toList();
        List<QueueObject> hadMessagesAhead = mine.stream().filter(o -> !atOrAfter(o).isEmpty()).toList();
        queues.get(queue).removeIf(m -> m.id == message);
        // "Cursor Behavior when Reaching the End of the Queue" (Message Queuing) has the cursor moved to
        // the end when the last message is received, which reads as the queue's tail or as its only
        // message (docs/msmq-readings.md, section 1). So besides the world that keeps every place: one
        // where the cursors this removal left with nothing at or after their places are at END, and
        // one where every such cursor of the queue is, whenever it was left so.
        List<QueueObject> stranded = mine.stream().filter(o -> atOrAfter(o).isEmpty()).toList();
        List<QueueObject> newly = hadMessagesAhead.stream().filter(stranded::contains).toList();
        List<MsmqWorld> out = new ArrayList<>(List.of(this));
        for (List<QueueObject> moved : java.util.stream.Stream.of(newly, stranded).filter(l -> !l.isEmpty()).distinct().toList()) {
            MsmqWorld atEnd = copy();
            moved.forEach(o -> atEnd.place(atEnd.objects.get(o.id), END));
            out.add(atEnd);
        }
        return out;
    }

    /** The messages at the cursor's place or after it. */
    private List<Msg> atOrAfter(QueueObject o) {
        return queues.get(o.queue).stream().filter(m -> m.id >= o.cursor).toList();
    }

    /** A lock taken or released; a release may end a wait from the head (REQ-MSMQ-ENABLE-014). */
    public void setLocked(int message, boolean locked) {
        msg(message).locked = locked;
        wakeFromHead(message);
    }

    public void setPeekWhenLocked(int message, boolean allow) {
        msg(message).peekWhenLocked = allow;
        wakeFromHead(message);
    }

    /**
     * The cursor put where the kit says: 0 unpositioned, -1 at the end, else at a message. The
     * property moves no cursor a search is waiting on: the document does not say what that does.
     */
    public void positionCursor(int object, int where) {
        QueueObject o = objects.get(object);
        place(o, where);
        o.cursorRule = "REQ-MSMQ-ENABLE-022";
    }

    /** Virtual time passes; every finite wait due by then ends with MQ_ERROR_IO_TIMEOUT (REQ-MSMQ-ENABLE-016, -019). */
    public void advance(long ms) {
        now += ms;
        for (Call c : calls.values()) {
            if (c.waiting() && c.timeout > 0 && c.due <= now) {
                fire(c, error(MsmqConstants.MQ_ERROR_IO_TIMEOUT), "REQ-MSMQ-ENABLE-016");
            }
        }
    }

    // ---- the call the document defines ------------------------------------------------------

    /**
     * EnableNotification. Returns the branches the document allows: one world, or two when a
     * fresh cursor is advanced (REQ-MSMQ-ENABLE-022 accepts the first or the second message).
     */
    public List<MsmqWorld> enable(int callId, int object, boolean event, OptionalInt32 cursor, OptionalInt32 timeout) {
        QueueObject o = objects.get(object);
        Refusal refusal = Refusal.of(o.initialized, o.closed, event, o.access, cursor);
        if (refusal != null) {
            calls.put(callId, new Call(callId, object, refusal.code(), refusal.rule(), null, 0, 0, refusal.rule()));
            // A refused call moves no cursor: MQMSG_NEXT moves it only once every check passed.
            boolean next = cursor.given() && cursor.value() == MsmqConstants.MQMSG_NEXT;
            o.cursorRule = next && !refusal.rule().equals("REQ-MSMQ-ENABLE-005") ? "REQ-MSMQ-ENABLE-011" : refusal.rule();
            return List.of(this);
        }
        if (timeout.given() && timeout.value() < 0 && timeout.value() != MsmqConstants.INFINITE) {
            throw new IllegalArgumentException("the model reads no negative timeout but INFINITE: " + timeout);
        }
        Action action = !cursor.given() ? Action.FIRST : Action.values()[cursor.value()];
        long ms = !timeout.given() || timeout.value() == MsmqConstants.INFINITE ? -1 : timeout.value();
        String waitRule = !timeout.given() ? "REQ-MSMQ-ENABLE-003" : ms < 0 ? "REQ-MSMQ-ENABLE-018" : "REQ-MSMQ-ENABLE-016";
        Call call = new Call(callId, object, HResult.of(0), "REQ-MSMQ-ENABLE-004", action, ms, ms > 0 ? now + ms : 0, waitRule);
        calls.put(callId, call);
        Msg newer = o.cursor == END && action != Action.FIRST
                ? queues.get(o.queue).stream().filter(m -> m.id > o.endAfter).findFirst().orElse(null) : null;
        if (newer != null) {
            // A cursor at END when messages came after it got there: the document does not say whether END stays past
            // them or stands where the last message was, before them (docs/msmq-readings.md section 2: not checked).
            // Either: this world keeps END past them; the other puts the cursor on the first newcomer and looks from there.
            MsmqWorld second = copy();
            QueueObject o2 = second.objects.get(object);
            o2.cursor = newer.id;
            if (action == Action.NEXT) {
                this.startNext(call, false);
                second.search(second.calls.get(callId), "REQ-MSMQ-ENABLE-011");
            } else {
                this.search(call, "REQ-MSMQ-ENABLE-012");
                second.search(second.calls.get(callId), "REQ-MSMQ-ENABLE-012");
            }
            return List.of(this, second);
        }
        if (action == Action.NEXT && o.cursor == UNPOSITIONED && !queues.get(o.queue).isEmpty()) {
            MsmqWorld second = copy();
            this.startNext(call, false);
            second.startNext(second.calls.get(callId), true);
            return List.of(this, second);
        }
        if (action == Action.NEXT) {
            startNext(call, false);
        } else {
            search(call, !cursor.given() ? "REQ-MSMQ-ENABLE-002" : action == Action.FIRST ? "REQ-MSMQ-ENABLE-014" : "REQ-MSMQ-ENABLE-012");
        }
        return List.of(this);
    }

    /** MQMSG_NEXT: the cursor advances once before the call returns (REQ-MSMQ-ENABLE-011), then the search starts there. */
    private void startNext(Call call, boolean freshStandsOnFirst) {
        QueueObject o = objects.get(call.object);
        List<Msg> list = queues.get(o.queue);
        boolean fresh = o.cursor == UNPOSITIONED;
        if (fresh && !freshStandsOnFirst) {
            place(o, list.isEmpty() ? END : list.get(0).id);
        } else {
            place(o, after(list, fresh ? (list.isEmpty() ? END : list.get(0).id) : o.cursor));
        }
        o.cursorRule = fresh ? "REQ-MSMQ-ENABLE-022" : "REQ-MSMQ-ENABLE-011";
        search(call, fresh ? "REQ-MSMQ-ENABLE-022" : "REQ-MSMQ-ENABLE-011");
    }

    /** The asynchronous part: look for a suitable message now; fire, or wait. */
    private void search(Call call, String foundRule) {
        QueueObject o = objects.get(call.object);
        List<Msg> list = queues.get(o.queue);
        boolean found;
        boolean skipped = false;
        if (call.action == Action.FIRST) {
            // From the head, the first suitable message; the cursor is left alone (REQ-MSMQ-ENABLE-002, -014).
            found = list.stream().anyMatch(Msg::suitable);
            o.cursorRule = foundRule;
        } else {
            if (o.cursor == UNPOSITIONED) {
                // A fresh cursor under MQMSG_CURRENT looks at the first message (REQ-MSMQ-ENABLE-022).
                place(o, list.isEmpty() ? END : list.get(0).id);
                foundRule = "REQ-MSMQ-ENABLE-022";
            }
            while (o.cursor != END && !suitableAt(list, o.cursor)) {
                place(o, after(list, o.cursor));
                skipped = true;
            }
            if (skipped) {
                foundRule = "REQ-MSMQ-ENABLE-013";
            }
            o.cursorRule = foundRule;
            found = o.cursor != END;
        }
        if (!found && call.timeout == 0) {
            // Nothing at all to look at: an Arrived breaks the not-found rule itself; with unsuitable messages passed over, the search's.
            boolean nothingToLookAt = call.action == Action.FIRST ? list.isEmpty() : !skipped;
            if (nothingToLookAt) {
                call.noArrivalRule = call.action == Action.FIRST ? "REQ-MSMQ-ENABLE-015" : "REQ-MSMQ-ENABLE-023";
            }
        }
        if (found) {
            fire(call, ARRIVED, foundRule);
        } else if (call.timeout == 0) {
            fire(call, error(MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND),
                    call.action == Action.FIRST ? "REQ-MSMQ-ENABLE-015" : "REQ-MSMQ-ENABLE-023");
        }
    }

    /** A message became suitable: every search from the head waiting on its queue ends (REQ-MSMQ-ENABLE-014). */
    private void wakeFromHead(int message) {
        if (!msg(message).suitable()) {
            return;
        }
        String queue = queueOf(message);
        for (Call c : calls.values()) {
            if (c.waiting() && c.action == Action.FIRST && objects.get(c.object).queue.equals(queue)) {
                fire(c, ARRIVED, "REQ-MSMQ-ENABLE-014");
            }
        }
    }

    private void fire(Call c, String what, String rule) {
        c.fired = what;
        c.firedRule = c.closedUnder ? CLOSED_UNDER : rule;
    }

    private String arrivalRule(Call c) {
        return c.timeout < 0 ? c.waitRule : "REQ-MSMQ-ENABLE-017";
    }

    // ---- what an implementation must show ---------------------------------------------------

    @Override
    public Map<String, Expectation> expectations() {
        Map<String, Expectation> out = new LinkedHashMap<>();
        for (Call c : calls.values()) {
            out.put(resultKey(c.id), new Expectation(resultKey(c.id), c.result.hex(), c.resultRule));
            // Once per call first, then what fired, then which queue object it named.
            out.put(onceKey(c.id), new Expectation(onceKey(c.id), ONCE, "REQ-MSMQ-ENABLE-021"));
            // Whether Arrived came is the search's business; which error came is the timeout's.
            boolean arrived = ARRIVED.equals(c.fired);
            out.put(arrivedKey(c.id), new Expectation(arrivedKey(c.id), arrived ? "Arrived" : "no Arrived",
                    arrived ? c.firedRule : c.closedUnder ? CLOSED_UNDER : c.action == null ? c.resultRule
                            : c.noArrivalRule != null ? c.noArrivalRule : c.action == Action.FIRST ? "REQ-MSMQ-ENABLE-014" : "REQ-MSMQ-ENABLE-013"));
            boolean failed = c.fired != null && !arrived;
            out.put(errorKey(c.id), new Expectation(errorKey(c.id), failed ? c.fired : "no ArrivedError",
                    failed ? c.firedRule : c.closedUnder ? CLOSED_UNDER : c.waitRule));
            out.put(namedKey(c.id), new Expectation(namedKey(c.id), c.fired == null ? "none" : "q" + c.object,
                    c.closedUnder ? CLOSED_UNDER : "REQ-MSMQ-ENABLE-021"));
            out.put(asyncKey(c.id), new Expectation(asyncKey(c.id), ASYNC, "REQ-MSMQ-ENABLE-021"));
        }
        for (QueueObject o : objects.values()) {
            out.put(cursorKey(o.id), new Expectation(cursorKey(o.id), cursorText(o.cursor), o.cursorRule));
        }
        queues.forEach((name, list) -> out.put(contentsKey(name),
                new Expectation(contentsKey(name), list.stream().map(m -> "m" + m.id).toList().toString(), "REQ-MSMQ-ENABLE-020")));
        return out;
    }

    public static String resultKey(int call) {
        return "result of call #" + call;
    }

    public static String arrivedKey(int call) {
        return "Arrived for call #" + call;
    }

    public static String errorKey(int call) {
        return "ArrivedError for call #" + call;
    }

    /** At most one event per call, whatever else is wrong with it. */
    public static final String ONCE = "at most one";

    public static String onceKey(int call) {
        return "number of events of call #" + call;
    }

    /** The event comes after the call returned, on another thread. */
    public static final String ASYNC = "after the call returned";

    public static String asyncKey(int call) {
        return "when the event of call #" + call + " came";
    }

    public static String namedKey(int call) {
        return "queue object named by the event of call #" + call;
    }

    public static String cursorKey(int object) {
        return "cursor of q" + object;
    }

    public static String contentsKey(String queue) {
        return "messages in " + queue;
    }

    public static String cursorText(int cursor) {
        return cursor == UNPOSITIONED ? "UNPOSITIONED" : cursor == END ? "END" : "AT m" + cursor;
    }

    public static String error(HResult code) {
        return "ArrivedError " + code.hex();
    }

    // ---- what the property needs to know to draw sensible actions ---------------------------

    public long now() {
        return now;
    }

    /** The earliest due time of a finite wait still running, or -1: the property aims advances at it and just short of it. */
    public long nextDue() {
        return calls.values().stream().filter(c -> c.waiting() && c.timeout > 0).mapToLong(c -> c.due).min().orElse(-1);
    }

    public List<Integer> messages(String queue) {
        return queues.getOrDefault(queue, List.of()).stream().map(m -> m.id).toList();
    }

    /** Whether a search from the cursor waits on this queue object (its cursor is not the property's to move). */
    public boolean cursorBusy(int object) {
        return calls.values().stream().anyMatch(c -> c.waiting() && c.object == object && c.action != Action.FIRST);
    }

    /** How many queue objects' cursors stand on the message. */
    public long cursorsOn(int message) {
        return objects.values().stream().filter(o -> o.cursor == message).count();
    }

    public String queueOfObject(int object) {
        return objects.get(object).queue;
    }

    private Msg msg(int id) {
        return queues.values().stream().flatMap(List::stream).filter(m -> m.id == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no message m" + id + " in the model"));
    }

    private String queueOf(int message) {
        return queues.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(m -> m.id == message)).findFirst().orElseThrow().getKey();
    }

    /** Puts the cursor at {@code where}; at END it remembers the newest message it is past. */
    private void place(QueueObject o, int where) {
        o.cursor = where;
        if (where == END) {
            List<Msg> list = queues.get(o.queue);
            o.endAfter = list.isEmpty() ? 0 : list.get(list.size() - 1).id;
        }
    }

    /**
     * The message after the cursor's place, or END. A place whose message was received is still a
     * place in the queue: what follows it is the first message put after it (a queue's messages
     * are in the order of their ids, since every message is put at the end).
     */
    private static int after(List<Msg> list, int cursor) {
        if (cursor == END) {
            return END;
        }
        for (Msg m : list) {
            if (m.id > cursor) {
                return m.id;
            }
        }
        return END;
    }

    /** Whether the message at the cursor's place is there and suitable (a received one is neither). */
    private static boolean suitableAt(List<Msg> list, int cursor) {
        return list.stream().anyMatch(m -> m.id == cursor && m.suitable());
    }
}
