package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.NEXT;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand pending calls on one queue are entries in a wait list and a timer queue, not
 * threads: the live thread count grows by the fixed pool only, and every call gets one event.
 */
class ManyPendingTest {
    private static final int CALLS = 10_000;
    /** The event pool; the virtual clock needs no timer thread. Slack for nothing else. */
    private static final int MAX_THREAD_GROWTH = 4;

    private final Set<Thread> before = liveThreads();
    private final MsmqFixture f = MsmqFixture.virtual();
    private final Set<Thread> eventThreads = ConcurrentHashMap.newKeySet();

    @AfterEach
    void close() {
        f.close();
    }

    private static Set<Thread> liveThreads() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    private void assertThreadGrowthBounded() {
        Set<Thread> grown = liveThreads();
        grown.removeAll(before);
        assertThat(grown).as("threads started since the test began").hasSizeLessThanOrEqualTo(MAX_THREAD_GROWTH)
                .allMatch(t -> t.getName().startsWith("ref-msmq-events-"));
    }

    private static OptionalInt32 cursorFor(int i) {
        return switch (i % 3) {
            case 0 -> FIRST;
            case 1 -> CURRENT;
            default -> NEXT;
        };
    }

    @Test
    void ten_thousand_waiting_for_a_message_all_arrive_once_on_the_pool() {
        List<QueueRef> objects = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            objects.add(f.peek("busy"));
        }
        List<Counter> events = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            Counter c = new Counter(eventThreads);
            events.add(c);
            f.ok(objects.get(i % objects.size()), c, cursorFor(i), i % 2 == 0 ? INFINITE : ms(60_000 + i));
        }
        assertThat(f.msmq.pendingNotifications()).isEqualTo(CALLS);
        assertThat(f.msmq.scheduledTimeouts()).isEqualTo(CALLS / 2);
        assertThreadGrowthBounded();

        f.put("busy", "the one message");
        assertThat(f.msmq.pendingNotifications()).isZero();
        assertThat(f.msmq.scheduledTimeouts()).isZero();
        f.advance(1_000_000);
        f.quiesce();

        assertThat(events).allSatisfy(c -> {
            assertThat(c.arrived.get()).isEqualTo(1);
            assertThat(c.total()).isEqualTo(1);
        });
        assertThat(f.control.messages("busy")).hasSize(1);
        assertThat(eventThreads).isNotEmpty().allMatch(f.msmq::isEventThread);
        assertThat(f.msmq.eventThreadsStarted()).isEqualTo(ReferenceMsmq.EVENT_THREADS);
        assertThat(f.msmq.activeEventLanes()).as("idle lanes retire").isZero();
        assertThreadGrowthBounded();
    }

    @Test
    void ten_thousand_timeouts_fire_once_each_as_the_clock_passes_them() {
        QueueRef q = f.peek("quiet");
        List<Counter> events = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            Counter c = new Counter(eventThreads);
            events.add(c);
            // Timeouts 1..10,000 ms, set in an order unrelated to their due times.
            int timeout = 1 + (int) ((i * 7_919L) % CALLS);
            f.ok(q, c, cursorFor(i), ms(timeout));
        }
        assertThat(f.msmq.scheduledTimeouts()).isEqualTo(CALLS);
        assertThreadGrowthBounded();

        for (int step = 1; step <= 10; step++) {
            f.advance(CALLS / 10);
            int elapsed = step * CALLS / 10;
            assertThat(f.msmq.pendingNotifications()).isEqualTo(CALLS - elapsed);
            f.quiesce();
            assertThat(events.stream().mapToInt(Counter::total).sum()).isEqualTo(elapsed);
        }
        assertThat(events).allSatisfy(c -> {
            assertThat(c.timedOut.get()).isEqualTo(1);
            assertThat(c.total()).isEqualTo(1);
        });
        f.put("quiet", "too late");
        f.advance(CALLS);
        f.quiesce();
        assertThat(events).allSatisfy(c -> assertThat(c.total()).isEqualTo(1));
        assertThat(f.msmq.scheduledTimeouts()).isZero();
        assertThat(eventThreads).allMatch(f.msmq::isEventThread);
        assertThreadGrowthBounded();
    }
}
