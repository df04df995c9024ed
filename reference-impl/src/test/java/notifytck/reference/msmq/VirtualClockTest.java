package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.IO_TIMEOUT;
import static notifytck.reference.msmq.MsmqFixture.NEXT;
import static notifytck.reference.msmq.MsmqFixture.NOT_FOUND;
import static notifytck.reference.msmq.MsmqFixture.NOT_GIVEN;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timeouts on the virtual clock: exactly at T, never before, never for INFINITE, never after Arrived. */
class VirtualClockTest {
    private final MsmqFixture f = MsmqFixture.virtual();

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {MsmqConstants.MQMSG_FIRST, MsmqConstants.MQMSG_CURRENT, MsmqConstants.MQMSG_NEXT})
    void a_finite_timeout_fires_io_timeout_at_exactly_t_and_not_a_millisecond_before(int cursor) {
        QueueRef q = f.peek("q");
        Recorder e = new Recorder();
        f.ok(q, e, OptionalInt32.of(cursor), ms(1_000));
        f.advance(999);
        f.quiesce();
        assertThat(e.received()).as("at T-1 ms").isEmpty();
        assertThat(f.msmq.pendingNotifications()).isEqualTo(1);

        f.advance(1);
        assertThat(f.msmq.pendingNotifications()).as("fired before advanceClock returned").isZero();
        assertThat(f.msmq.scheduledTimeouts()).isZero();
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
        assertThat(e.received()).allSatisfy(r -> assertThat(f.msmq.isEventThread(r.thread())).isTrue());

        f.advance(Duration.ofDays(1).toMillis());
        f.quiesce();
        assertThat(e.outcomes()).as("once only").containsExactly(IO_TIMEOUT);
    }

    @Test
    void the_deadline_counts_from_the_call_and_a_single_large_step_fires_it() {
        f.advance(12_345);
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, FIRST, ms(1));
        f.advance(0);
        f.quiesce();
        assertThat(e.received()).isEmpty();
        f.control.advanceClock(Duration.ofNanos(999_999));
        f.quiesce();
        assertThat(e.received()).isEmpty();
        f.control.advanceClock(Duration.ofNanos(1));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
    }

    @Test
    void infinite_never_fires_even_after_sixty_days() {
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, FIRST, INFINITE);
        f.ok(f.peek("q"), e, CURRENT, NOT_GIVEN);
        f.ok(f.peek("q"), e, NEXT, INFINITE);
        for (int day = 0; day < 60; day++) {
            f.control.advanceClock(Duration.ofDays(1));
        }
        f.control.advanceClock(Duration.ofDays(60));
        f.quiesce();
        assertThat(e.received()).isEmpty();
        assertThat(f.msmq.pendingNotifications()).isEqualTo(3);

        f.put("q", "at last");
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived", "Arrived", "Arrived");
        assertThat(f.msmq.pendingNotifications()).isZero();
    }

    @Test
    void a_notification_that_arrived_never_times_out_later() {
        Recorder first = new Recorder();
        Recorder next = new Recorder();
        f.ok(f.peek("q"), first, FIRST, ms(1_000));
        f.ok(f.peek("q"), next, NEXT, ms(1_000));
        f.advance(500);
        f.put("q", "in time");
        f.quiesce();
        assertThat(f.msmq.scheduledTimeouts()).as("the timers were cancelled").isZero();
        f.advance(500);
        f.advance(Duration.ofDays(30).toMillis());
        f.quiesce();
        assertThat(first.outcomes()).containsExactly("Arrived");
        assertThat(next.outcomes()).containsExactly("Arrived");
    }

    @Test
    void timeout_zero_answers_message_not_found_at_once_on_both_paths() {
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, FIRST, ms(0));
        f.ok(f.peek("q"), e, CURRENT, ms(0));
        f.ok(f.peek("q"), e, NEXT, ms(0));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(NOT_FOUND, NOT_FOUND, NOT_FOUND);
        assertThat(f.msmq.pendingNotifications()).isZero();
    }

    @Test
    void timeouts_due_in_one_step_are_handed_over_in_due_order() {
        Recorder shared = new Recorder();
        QueueRef late = f.peek("a");
        QueueRef early = f.peek("b");
        QueueRef middle = f.peek("c");
        QueueRef tieFirst = f.peek("d");
        QueueRef tieSecond = f.peek("e");
        f.ok(late, shared, FIRST, ms(300));
        f.ok(early, shared, CURRENT, ms(100));
        f.ok(middle, shared, NEXT, ms(200));
        f.ok(tieFirst, shared, FIRST, ms(250));
        f.ok(tieSecond, shared, FIRST, ms(250));
        f.advance(1_000);
        f.quiesce();
        List<QueueRef> order = shared.received().stream().map(MsmqFixture.Recorder.Received::queue).toList();
        assertThat(order).containsExactly(early, middle, tieFirst, tieSecond, late);
    }

    @Test
    void a_closed_queue_objects_pending_notification_still_fires() {
        QueueRef q = f.peek("q");
        Recorder timed = new Recorder();
        Recorder waiting = new Recorder();
        f.ok(q, timed, FIRST, ms(100));
        f.ok(q, waiting, CURRENT, INFINITE);
        f.control.closeQueue(q);
        f.advance(100);
        f.put("q", "m");
        f.quiesce();
        assertThat(timed.outcomes()).containsExactly(IO_TIMEOUT);
        assertThat(waiting.outcomes()).containsExactly("Arrived");
        assertThat(f.enable(q, waiting, FIRST, ms(0))).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE);
    }

    @Test
    void the_clock_only_moves_forward_and_only_when_asked() {
        assertThatThrownBy(() -> f.control.advanceClock(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("advanceClock");
        assertThatThrownBy(() -> f.control.advanceClock(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forward");
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, FIRST, ms(Integer.MAX_VALUE));
        f.control.advanceClock(Duration.ofSeconds(Long.MAX_VALUE));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
    }
}
