package notifytck.properties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Settling;
import notifytck.kit.Timeouts;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.msmq.MsmqWorld;
import notifytck.properties.MsmqModelRun.Fired;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Real threads against the MSMQ model: queue objects and messages (some locked) are set up one
 * after another, then two or three threads at once call EnableNotification and put messages, with
 * no settling between steps; then the implementation settles, the virtual clock moves on and
 * it settles again. Calls on one queue affect each other, so no fixed order of the threads' steps
 * explains every correct outcome: the outcome must be one the model allows for <em>some</em> order
 * the steps could really have taken effect in (see {@link #orders}). Locks do not change while the
 * threads run: the document's search from the cursor is a loop of separate peeks, and a lock taken
 * or released between two of them gives outcomes no order of whole steps explains. Each call must then have had
 * its one event, of the right kind, on its own queue object, off the caller's thread.
 */
final class MsmqConcurrentRun {
    static final String QUEUE = "orders";

    enum Op { ENABLE, PUT }

    /** One step of one thread. {@code target}: the queue object an ENABLE is about, from 1. */
    record Step(Op op, int target, OptionalInt32 cursor, OptionalInt32 timeout) {
        @Override
        public String toString() {
            return switch (op) {
                case ENABLE -> "q" + target + ".EnableNotification(event, cursor " + MsmqDraws.cursorText(cursor) + ", timeout "
                        + MsmqDraws.timeoutText(timeout) + ")";
                case PUT -> "putMessage(" + QUEUE + ")";
            };
        }
    }

    /** What is set up before the threads start, and how far the clock moves once they are done. */
    record Setup(int objects, int messages, List<Boolean> locked, long advanceMillis) {
        @Override
        public String toString() {
            return objects + " queue object(s) on " + QUEUE + ", " + messages + " message(s)" + (locked.contains(true) ? ", locked: " + locked : "")
                    + "; afterwards the clock moves " + advanceMillis + " ms";
        }
    }

    /** A step as it was taken: by which thread, as its how-many-th, when it began and returned, and its call number or message. */
    record Taken(int thread, int index, Step step, long began, long returned, int call, MessageRef put) {}

    private final SystemUnderTest sut = Sut.start();
    private final MsmqAdapter adapter = sut.msmq();
    private final MsmqControl control = sut.msmqControl();
    private final History<Fired> history = new History<>();
    private final Map<Integer, QueueRef> objects = new LinkedHashMap<>();
    private final Map<String, Integer> objectIds = new HashMap<>();
    private final List<MessageRef> setUpMessages = new ArrayList<>();
    private final Map<String, String> results = new ConcurrentHashMap<>();
    private final Map<Integer, Thread> callers = new ConcurrentHashMap<>();
    private final List<Taken> taken = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> report = new ArrayList<>();

    void run(Setup setup, List<List<Step>> threads) {
        for (int o = 1; o <= setup.objects(); o++) {
            QueueRef ref = Deadline.call("openQueue", () -> control.openQueue(QUEUE, MsmqConstants.MQ_PEEK_ACCESS));
            objects.put(o, ref);
            objectIds.put(ref.handle(), o);
            report.add("q" + o + " = openQueue(" + QUEUE + ", MQ_PEEK_ACCESS)");
        }
        for (int m = 1; m <= setup.messages(); m++) {
            setUpMessages.add(Deadline.call("putMessage", () -> control.putMessage(QUEUE, "body")));
            report.add("m" + m + " = putMessage(" + QUEUE + ")");
            if (setup.locked().get(m - 1)) {
                MessageRef ref = setUpMessages.get(m - 1);
                Deadline.call("setLocked", () -> {
                    control.setLocked(ref, true);
                    return null;
                });
                report.add("lock(m" + m + ")");
            }
        }
        // Call numbers are fixed before the threads start, so that each order tried names the same calls.
        Map<String, Integer> callOf = new HashMap<>();
        int calls = 0;
        for (int t = 0; t < threads.size(); t++) {
            for (int i = 0; i < threads.get(t).size(); i++) {
                if (threads.get(t).get(i).op() == Op.ENABLE) {
                    callOf.put(t + "/" + i, ++calls);
                }
            }
            report.add("thread " + (t + 1) + ": " + threads.get(t));
        }
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            int thread = t;
            parties.add(() -> drive(thread, threads.get(thread), callOf));
        }
        AllAtOnce.run("msmq-client", parties, Timeouts.call().toMillis() * 4, this::dump);
        settle();
        // What had happened before the clock moved is judged on its own: a timeout that fired early would hide in the end state.
        Phase beforeTheClock = new Phase(MsmqObservations.events(history), MsmqObservations.Snapshot.take(control, objects, List.of(QUEUE)));
        if (setup.advanceMillis() > 0) {
            Deadline.call("advanceClock", () -> {
                control.advanceClock(Duration.ofMillis(setup.advanceMillis()));
                return null;
            });
            settle();
        }
        judge(setup, calls, beforeTheClock);
    }

    /** What was observed at one point: the events so far, the cursors and the queue. */
    private record Phase(List<Fired> events, MsmqObservations.Snapshot seen) {}

    private void drive(int thread, List<Step> steps, Map<String, Integer> callOf) {
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            long began = System.nanoTime();
            int call = callOf.getOrDefault(thread + "/" + i, 0);
            MessageRef put = null;
            switch (s.op()) {
                case ENABLE -> {
                    // Called on this thread, not through a deadline's: the threads' calls must really overlap. A hang is the budget's.
                    callers.put(call, Thread.currentThread());
                    HResult r = adapter.enableNotification(objects.get(s.target()),
                            MsmqObservations.recorder(call, history, this::objectName, t -> t == callers.get(call)), s.cursor(), s.timeout());
                    callers.remove(call);
                    results.put(MsmqWorld.resultKey(call), r == null ? "no HRESULT" : r.hex());
                }
                case PUT -> put = control.putMessage(QUEUE, "body");
            }
            taken.add(new Taken(thread, i, s, began, System.nanoTime(), call, put));
        }
    }

    private void settle() {
        Settling.quiesce("MsmqControl.quiesce", control::quiesce, this::dump);
    }

    // ---- judging --------------------------------------------------------------------------

    /**
     * Tries every order the taken steps may have taken effect in (see {@link #orders}); passes on
     * the first the model allows. Otherwise fails with the difference of the order the steps began in.
     */
    private void judge(Setup setup, int calls, Phase beforeTheClock) {
        Phase end = new Phase(MsmqObservations.events(history), MsmqObservations.Snapshot.take(control, objects, List.of(QUEUE)));
        List<List<Taken>> orders = orders(List.copyOf(taken));
        Mismatch first = null;
        List<Taken> firstOrder = null;
        for (List<Taken> order : orders) {
            Mismatch m = mismatch(setup, calls, order, beforeTheClock, end);
            if (m == null) {
                return;
            }
            if (first == null) {
                first = m;
                firstOrder = order;
            }
        }
        List<String> steps = new ArrayList<>(report);
        steps.add(orders.size() + " order(s) the threads' steps may have taken effect in; none gives what the implementation did. The first:");
        firstOrder.forEach(t -> steps.add("  thread " + (t.thread() + 1) + ": " + (t.call() > 0 ? "call #" + t.call() + ": " : "") + t.step()));
        throw PropertyFailures.fail(first.rule(), first.toString(), steps, history.dump());
    }

    /**
     * Every order the steps may have taken effect in; the order they began in comes first. A step
     * takes effect after the steps of its thread before it and after every step that returned
     * before it began, except that an EnableNotification's search is asynchronous: the document has
     * the call return and only then look for a message, so a call may take effect later than it
     * returned, after later steps of its own thread and of others. (Its refusals and a cursor it
     * moves for MQMSG_NEXT float with it: a looser judge, never a false failure.)
     */
    static List<List<Taken>> orders(List<Taken> steps) {
        List<List<Taken>> out = new ArrayList<>();
        List<Taken> byStart = new ArrayList<>(steps);
        byStart.sort(java.util.Comparator.comparingLong(Taken::began));
        place(byStart, new java.util.LinkedHashSet<>(), out);
        return out;
    }

    private static void place(List<Taken> steps, java.util.LinkedHashSet<Taken> placed, List<List<Taken>> out) {
        if (placed.size() == steps.size()) {
            out.add(List.copyOf(placed));
            return;
        }
        for (Taken c : steps) {
            if (placed.contains(c) || steps.stream().anyMatch(a -> !placed.contains(a) && a != c && mustPrecede(a, c))) {
                continue;
            }
            placed.add(c);
            place(steps, placed, out);
            placed.remove(c);
        }
    }

    private static boolean mustPrecede(Taken a, Taken b) {
        if (a.step().op() == Op.ENABLE) {
            return false;
        }
        return a.returned() < b.began() || (a.thread() == b.thread() && a.index() < b.index());
    }

    /** The model's difference with what was observed if the steps took effect in {@code order}; null when it allows it. */
    private Mismatch mismatch(Setup setup, int calls, List<Taken> order, Phase beforeTheClock, Phase end) {
        Worlds<MsmqWorld> model = new Worlds<>(new MsmqWorld());
        Map<String, String> names = new HashMap<>();
        for (int o = 1; o <= setup.objects(); o++) {
            model.each(w -> w.openQueue(QUEUE, MsmqConstants.MQ_PEEK_ACCESS, true));
        }
        for (int m = 1; m <= setup.messages(); m++) {
            int[] id = new int[1];
            model.each(w -> id[0] = w.putMessage(QUEUE));
            names.put(setUpMessages.get(m - 1).handle(), "m" + id[0]);
            if (setup.locked().get(m - 1)) {
                int message = id[0];
                model.each(w -> w.setLocked(message, true));
            }
        }
        for (Taken t : order) {
            Step s = t.step();
            switch (s.op()) {
                case ENABLE -> model.branch(w -> w.enable(t.call(), s.target(), true, s.cursor(), s.timeout()));
                case PUT -> {
                    int[] id = new int[1];
                    model.each(w -> id[0] = w.putMessage(QUEUE));
                    names.put(t.put().handle(), "m" + id[0]);
                }
            }
        }
        Function<MessageRef, String> name = m -> names.getOrDefault(m.handle(), "an unknown message " + m.handle());
        Mismatch early = model.observe(MsmqObservations.of(results, beforeTheClock.events(), calls, beforeTheClock.seen(), name)).orElse(null);
        if (early != null || setup.advanceMillis() == 0) {
            return early == null ? null
                    : new Mismatch(early.rule(), early.what() + " (before the clock moved)", early.got(), early.allowed());
        }
        model.each(w -> w.advance(setup.advanceMillis()));
        return model.observe(MsmqObservations.of(results, end.events(), calls, end.seen(), name)).orElse(null);
    }

    private String objectName(QueueRef q) {
        Integer id = q == null ? null : objectIds.get(q.handle());
        return id == null ? "an unknown queue object " + q : "q" + id;
    }

    private String dump() {
        return String.join("\n", report) + "\n" + history.dump();
    }
}
