package notifytck.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the callbacks and calls recorded during one scenario, in the order it happened.
 * The sequence number is taken under the same lock as the append, so it is a total order that
 * checkers can compare across threads; the wall-clock nanos are for the report only.
 */
public final class History<E> {
    public record Recorded<E>(long seq, long nanos, String thread, E event) {
        @Override
        public String toString() {
            return String.format("#%d [%s] %s", seq, thread, event);
        }
    }

    /** The system property that bounds a history (the command line's --history-max). */
    public static final String MAX_PROPERTY = "notifytck.history.max";
    /** Far more than any rule's scenario records; more is a flood. */
    public static final int DEFAULT_MAX = 10_000;

    private final List<Recorded<E>> entries = new ArrayList<>();
    private final int max = Integer.getInteger(MAX_PROPERTY, DEFAULT_MAX);
    private long dropped;
    /** Every event that reached record() before the end, kept or dropped: what a quiet window watches. */
    private long arrivals;
    private int waiting;
    /** The scenario this history belonged to, once it has ended and its instance was closed. */
    private String endedScenario;

    /**
     * The scenario is over and its instance closed: from now on nothing may be recorded here, and
     * whatever the implementation still calls back is reported to the run instead.
     */
    public synchronized void end(String scenario) {
        endedScenario = scenario;
    }

    /**
     * Records {@code event}; past the bound it is counted and dropped instead, so an
     * implementation that floods callbacks cannot exhaust the kit's memory. The drop is not
     * silent: the scenario fails with the count (see {@link #dropped()}).
     */
    public synchronized Recorded<E> record(E event) {
        return record(event, false);
    }

    /** Whether the scenario has ended: a callback that finds it so as it reaches the kit is late. */
    public synchronized boolean ended() {
        return endedScenario != null;
    }

    /**
     * Records {@code event}, which reached the kit {@code beforeTheEnd} of its scenario but may be
     * recorded after it (a recorder that first waits for the call in flight): such an event is not
     * late, and is not kept either, since nobody reads the history any more.
     */
    public synchronized Recorded<E> record(E event, boolean beforeTheEnd) {
        Recorded<E> r = new Recorded<>(entries.size() + dropped + 1L, System.nanoTime(), Thread.currentThread().getName(), event);
        if (endedScenario != null && beforeTheEnd) {
            return r;
        }
        if (endedScenario != null) {
            CurrentRun.lateCallback("after scenario \"" + endedScenario + "\" ended and its instance was closed: " + event
                    + " (on thread " + r.thread() + ")");
            return r;
        }
        arrivals++;
        if (waiting > 0) {
            notifyAll();
        }
        if (entries.size() >= max) {
            dropped++;
            return r;
        }
        entries.add(r);
        return r;
    }

    /** How many events reached the history during its scenario, kept or not. */
    public synchronized long arrivals() {
        return arrivals;
    }

    /**
     * Waits until {@link #arrivals()} differs from {@code seen}, or {@code nanos} pass; returns
     * {@link #arrivals()}. Woken by the recording itself, so a scenario watching for quiet costs no
     * CPU while nothing happens (a run without quiesce has hundreds of them at once).
     */
    public synchronized long awaitArrivalAfter(long seen, long nanos) throws InterruptedException {
        long until = System.nanoTime() + nanos;
        waiting++;
        try {
            while (arrivals == seen) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
            return arrivals;
        } finally {
            waiting--;
        }
    }

    /**
     * Waits until {@code condition} holds, looking again at each arrival and at least every
     * {@code sliceNanos} (for a condition on something besides the history); false if {@code nanos}
     * passed first. A condition on arrivals alone passes a slice as long as {@code nanos}.
     */
    public boolean awaitUntil(java.util.function.BooleanSupplier condition, long nanos, long sliceNanos) throws InterruptedException {
        long giveUp = System.nanoTime() + nanos;
        long seen = arrivals();
        while (!condition.getAsBoolean()) {
            long left = giveUp - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            seen = awaitArrivalAfter(seen, Math.min(left, sliceNanos));
        }
        return true;
    }

    /** How many events came after the history was full and were not kept. */
    public synchronized long dropped() {
        return dropped;
    }

    /** How many events the history keeps at most. */
    public int max() {
        return max;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized List<Recorded<E>> all() {
        return List.copyOf(entries);
    }

    public synchronized List<Recorded<E>> where(Predicate<E> p) {
        return entries.stream().filter(r -> p.test(r.event())).collect(Collectors.toList());
    }

    /** The history as text, for failure messages and report attachments. */
    public synchronized String dump() {
        if (entries.isEmpty()) {
            return "(nothing recorded)";
        }
        String kept = entries.stream().map(Recorded::toString).collect(Collectors.joining("\n"));
        return dropped == 0 ? kept : kept + "\n(" + dropped + " more events were not kept: the history keeps the first " + max + ")";
    }
}
