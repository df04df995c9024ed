package notifytck.properties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Real threads against the MSMQ model: queue objects and messages are set up one after another,
 * then two or three threads at once call EnableNotification, put messages and lock or unlock them,
 * with no settling between steps; then the implementation settles, the virtual clock moves on and
 * it settles again. Calls on one queue affect each other, so no fixed order of the threads' steps
 * explains every correct outcome: the outcome must be one the model allows for <em>some</em> order
 * that keeps each thread's steps in its order and puts a step that returned before another began
 * before it (the order the steps could really have taken effect in). Each call must then have had
 * its one event, of the right kind, on its own queue object, off the caller's thread.
 */
final class MsmqConcurrentRun {
    static final String QUEUE = "orders";

    enum Op { ENABLE, PUT, LOCK, UNLOCK }

    /** One step of one thread. {@code target}: the queue object (ENABLE) or the set-up message (LOCK, UNLOCK) it is about, from 1. */
    record Step(Op op, int target, OptionalInt32 cursor, OptionalInt32 timeout) {
        @Override
        public String toString() {
            return switch (op) {
                case ENABLE -> "q" + target + ".EnableNotification(event, cursor " + MsmqDraws.cursorText(cursor) + ", timeout "
                        + MsmqDraws.timeoutText(timeout) + ")";
                case PUT -> "putMessage(" + QUEUE + ")";
                case LOCK -> "lock(m" + target + ")";
                case UNLOCK -> "unlock(m" + target + ")";
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
        if (setup.advanceMillis() > 0) {
            Deadline.call("advanceClock", () -> {
                control.advanceClock(Duration.ofMillis(setup.advanceMillis()));
                return null;
            });
            settle();
        }
        judge(setup, calls);
    }

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
                case LOCK, UNLOCK -> control.setLocked(setUpMessages.get(s.target() - 1), s.op() == Op.LOCK);
                default -> throw new IllegalStateException(s.op().name());
            }
            taken.add(new Taken(thread, i, s, began, System.nanoTime(), call, put));
        }
    }

    private void settle() {
        Settling.quiesce("MsmqControl.quiesce", control::quiesce, this::dump);
    }

    // ---- judging --------------------------------------------------------------------------

    /**
     * Tries every order of the taken steps that keeps each thread's order and real time's; passes
     * on the first the model allows. Otherwise fails with the difference of the order the steps
     * began in (or the first order tried, if that one breaks real time's).
     */
    private void judge(Setup setup, int calls) {
        List<List<Taken>> byThread = new ArrayList<>();
        for (Taken t : List.copyOf(taken)) {
            while (byThread.size() <= t.thread()) {
                byThread.add(new ArrayList<>());
            }
            byThread.get(t.thread()).add(t);
        }
        byThread.forEach(l -> l.sort(java.util.Comparator.comparingInt(Taken::index)));
        MsmqObservations.Snapshot seen = MsmqObservations.Snapshot.take(control, objects, List.of(QUEUE));
        List<List<Taken>> orders = new ArrayList<>();
        orders(byThread, new int[byThread.size()], new ArrayList<>(), orders);
        Mismatch first = null;
        List<Taken> firstOrder = null;
        for (List<Taken> order : orders) {
            Mismatch m = mismatch(setup, calls, order, seen);
            if (m == null) {
                return;
            }
            if (first == null) {
                first = m;
                firstOrder = order;
            }
        }
        List<String> steps = new ArrayList<>(report);
        steps.add(orders.size() + " order(s) of the threads' steps fit real time; none gives what the implementation did. The first:");
        firstOrder.forEach(t -> steps.add("  thread " + (t.thread() + 1) + ": " + (t.call() > 0 ? "call #" + t.call() + ": " : "") + t.step()));
        throw PropertyFailures.fail(first.rule(), first.toString(), steps, history.dump());
    }

    /** Every interleaving in which a step that returned before another began comes first; the order the steps began in comes first. */
    static void orders(List<List<Taken>> byThread, int[] next, List<Taken> sofar, List<List<Taken>> out) {
        List<Taken> candidates = new ArrayList<>();
        for (int t = 0; t < byThread.size(); t++) {
            if (next[t] < byThread.get(t).size()) {
                candidates.add(byThread.get(t).get(next[t]));
            }
        }
        if (candidates.isEmpty()) {
            out.add(List.copyOf(sofar));
            return;
        }
        candidates.sort(java.util.Comparator.comparingLong(Taken::began));
        for (Taken c : candidates) {
            boolean afterAnother = candidates.stream().anyMatch(o -> o != c && o.returned() < c.began());
            if (afterAnother) {
                continue; // another thread's next step had returned before this one began: it took effect first
            }
            next[c.thread()]++;
            sofar.add(c);
            orders(byThread, next, sofar, out);
            sofar.remove(sofar.size() - 1);
            next[c.thread()]--;
        }
    }

    /** The model's difference with what was observed if the steps took effect in {@code order}; null when it allows it. */
    private Mismatch mismatch(Setup setup, int calls, List<Taken> order, MsmqObservations.Snapshot seen) {
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
                case LOCK, UNLOCK -> {
                    int message = Integer.parseInt(names.get(setUpMessages.get(s.target() - 1).handle()).substring(1));
                    model.each(w -> w.setLocked(message, s.op() == Op.LOCK));
                }
                default -> throw new IllegalStateException(s.op().name());
            }
        }
        if (setup.advanceMillis() > 0) {
            model.each(w -> w.advance(setup.advanceMillis()));
        }
        Map<String, String> observed = MsmqObservations.of(results, history, calls, seen,
                m -> names.getOrDefault(m.handle(), "an unknown message " + m.handle()));
        return model.observe(observed).orElse(null);
    }

    private String objectName(QueueRef q) {
        Integer id = q == null ? null : objectIds.get(q.handle());
        return id == null ? "an unknown queue object " + q : "q" + id;
    }

    private String dump() {
        return String.join("\n", report) + "\n" + history.dump();
    }
}
