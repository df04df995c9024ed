package notifytck.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Something that may happen many times in a run, kept as its first few descriptions and a count,
 * so the run's report names examples without its memory growing with the count.
 */
final class FirstFew {
    private static final int KEPT = 5;

    private final List<String> first = new ArrayList<>();
    private final AtomicLong count = new AtomicLong();

    void add(String what) {
        if (count.incrementAndGet() <= KEPT) {
            synchronized (first) {
                first.add(what);
            }
        }
    }

    void clear() {
        synchronized (first) {
            first.clear();
        }
        count.set(0);
    }

    /** One incident, {@code headline} of the count followed by the examples; none when it never happened. */
    List<String> incident(LongFunction<String> headline) {
        long n = count.get();
        if (n == 0) {
            return List.of();
        }
        synchronized (first) {
            return List.of(headline.apply(n) + "; first: " + String.join("; ", first));
        }
    }
}
