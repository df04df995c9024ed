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

    private final List<Recorded<E>> entries = new ArrayList<>();

    public synchronized Recorded<E> record(E event) {
        Recorded<E> r = new Recorded<>(entries.size() + 1L, System.nanoTime(), Thread.currentThread().getName(), event);
        entries.add(r);
        return r;
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
        return entries.stream().map(Recorded::toString).collect(Collectors.joining("\n"));
    }
}
