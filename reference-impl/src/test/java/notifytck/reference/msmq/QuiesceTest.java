package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** quiesce waits for every due event's handler to return, and never past its deadline. */
class QuiesceTest {
    private final MsmqFixture f = MsmqFixture.virtual();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void an_idle_queue_manager_is_quiet_at_once_even_with_calls_still_waiting() {
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
        assertThat(f.control.quiesce(Duration.ofMillis(-5))).isTrue();
        assertThat(f.control.quiesce(null)).isTrue();
        f.ok(f.peek("q"), new Recorder(), FIRST, INFINITE);
        f.ok(f.peek("q"), new Recorder(), FIRST, ms(1_000));
        assertThat(f.control.quiesce(Duration.ZERO)).as("nothing is due").isTrue();
    }

    @Test
    void a_handler_that_does_not_return_makes_quiesce_give_up_at_its_deadline() throws InterruptedException {
        Recorder stuck = new Recorder().holding();
        f.ok(f.peek("q"), stuck, FIRST, ms(10));
        f.advance(10);
        stuck.awaitEntered();

        long started = System.nanoTime();
        assertThat(f.control.quiesce(Duration.ofMillis(200))).isFalse();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(190)).isLessThan(Duration.ofSeconds(5));

        stuck.letGo();
        f.quiesce();
        assertThat(stuck.outcomes()).containsExactly(MsmqFixture.IO_TIMEOUT);
    }

    @Test
    void quiet_includes_what_handlers_decided_while_running() {
        QueueRef q = f.peek("q");
        f.put("q", "m");
        Recorder chain = new Recorder();
        int[] left = {50};
        chain.onArrived(ref -> {
            if (--left[0] > 0) {
                f.enable(ref, chain, FIRST, ms(0));
            }
        });
        f.ok(q, chain, FIRST, ms(0));
        f.quiesce();
        assertThat(chain.outcomes()).hasSize(50);
    }

    @Test
    void closing_with_a_handler_stuck_returns_promptly_and_calls_still_answer() throws InterruptedException {
        Recorder stuck = new Recorder().holding();
        f.put("q", "m");
        for (int n = 0; n < 10; n++) {
            f.ok(f.peek("q"), stuck, FIRST, INFINITE);
        }
        stuck.awaitEntered();
        long started = System.nanoTime();
        f.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(f.enable(f.peek("q"), new Recorder(), FIRST, ms(0)).value()).isZero();
        f.put("q", "after close");
        assertThat(f.control.quiesce(Duration.ofSeconds(5))).as("what was queued no longer counts").isTrue();
    }
}
