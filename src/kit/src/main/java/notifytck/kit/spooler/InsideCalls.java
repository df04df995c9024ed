package notifytck.kit.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The calls the kit's callbacks are making into the implementation right now. An implementation
 * that deadlocks when called back into from a callback never returns from one: the waits of the
 * scenario then fail, and they name it, with how long it has been waiting.
 */
final class InsideCalls {
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private record Call(String what, long since) {}

    /** Notes a call beginning; the returned action notes that it returned. */
    Runnable begin(String what) {
        long id = ids.incrementAndGet();
        calls.put(id, new Call(what, System.nanoTime()));
        return () -> calls.remove(id);
    }

    /** The calls not yet returned, one per line, or empty. */
    String describe() {
        long now = System.nanoTime();
        return calls.values().stream()
                .map(c -> "still waiting for the implementation to return from " + c.what() + " (" + (now - c.since()) / 1_000_000
                        + " ms so far): it blocks when called back into from a callback")
                .collect(Collectors.joining("\n"));
    }
}
