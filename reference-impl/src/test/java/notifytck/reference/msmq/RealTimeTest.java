package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.IO_TIMEOUT;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On the system clock, timeouts fire by themselves from one timer thread, never before T. */
class RealTimeTest {
    private final Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    private final MsmqFixture f = new MsmqFixture(ReferenceMsmq.withSystemClock());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_timeout_fires_by_itself_and_not_before_t() {
        Recorder e = new Recorder();
        long called = System.nanoTime();
        f.ok(f.peek("q"), e, FIRST, ms(200));
        await().atMost(Duration.ofSeconds(10)).until(() -> e.received().size() == 1);
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
        assertThat(Duration.ofNanos(e.received().get(0).nanoTime() - called)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(f.msmq.isEventThread(e.received().get(0).thread())).isTrue();
    }

    @Test
    void an_arrival_in_time_cancels_the_timeout() {
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, CURRENT, ms(60_000));
        f.put("q", "m");
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived");
        assertThat(f.msmq.scheduledTimeouts()).isZero();
    }

    /** When a call was made (between two readings) and its timeout: bounds on its due time. */
    private record Call(long before, long after, long timeoutNanos) {
        long earliestDue() {
            return before + timeoutNanos;
        }

        long latestDue() {
            return after + timeoutNanos;
        }
    }

    @Test
    void many_timeouts_fire_once_each_never_early_in_due_order_on_a_fixed_set_of_threads() {
        Recorder shared = new Recorder();
        Map<QueueRef, Call> calls = new HashMap<>();
        // Set latest first, so that most calls move the earliest due time and re-arm the timer.
        for (int i = 300; i >= 1; i--) {
            QueueRef q = f.peek("q" + i);
            long before = System.nanoTime();
            f.ok(q, shared, FIRST, ms(i));
            calls.put(q, new Call(before, System.nanoTime(), Duration.ofMillis(i).toNanos()));
        }
        Recorder never = new Recorder();
        f.ok(f.peek("q"), never, FIRST, INFINITE);
        await().atMost(Duration.ofSeconds(20)).until(() -> shared.received().size() == 300);
        f.quiesce();

        List<MsmqFixture.Recorder.Received> got = shared.received();
        assertThat(got.stream().map(MsmqFixture.Recorder.Received::queue).distinct()).hasSize(300);
        assertThat(got).allSatisfy(r -> {
            assertThat(r.error()).isEqualTo(MsmqConstants.MQ_ERROR_IO_TIMEOUT);
            assertThat(r.nanoTime()).as("not before T").isGreaterThanOrEqualTo(calls.get(r.queue()).earliestDue());
        });
        // Fired in due order: each one's due time cannot be later than the next one's.
        for (int n = 1; n < got.size(); n++) {
            Call earlier = calls.get(got.get(n - 1).queue());
            Call later = calls.get(got.get(n).queue());
            assertThat(earlier.earliestDue()).as("event %d before event %d", n - 1, n).isLessThanOrEqualTo(later.latestDue());
        }
        assertThat(never.received()).isEmpty();

        Set<Thread> grown = new HashSet<>(Thread.getAllStackTraces().keySet());
        grown.removeAll(before);
        grown.removeIf(t -> t.getName().startsWith("awaitility"));
        List<String> names = grown.stream().map(Thread::getName).toList();
        assertThat(grown).as("event pool and timer thread only: %s", names).hasSizeLessThanOrEqualTo(4)
                .allMatch(t -> t.getName().startsWith("ref-msmq-"));
    }

    @Test
    void the_virtual_clock_is_not_there_to_move() {
        assertThat(f.msmq.hasVirtualClock()).isFalse();
        assertThatThrownBy(() -> f.control.advanceClock(Duration.ofSeconds(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
