package notifytck.reference.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** await answers at once when idle, wakes when the count drops to zero, and never waits past its deadline. */
class QuiescenceTest {
    private final Quiescence quiescence = new Quiescence();

    /** A waiter on its own thread, returned once it is parked in await: ending first would only make a test weaker. */
    private CompletableFuture<Boolean> waiterBlocked(Duration deadline) {
        java.util.concurrent.atomic.AtomicReference<Thread> waiting = new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            waiting.set(Thread.currentThread());
            return quiescence.await(deadline);
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> waiting.get() != null
                && (waiting.get().getState() == Thread.State.WAITING || waiting.get().getState() == Thread.State.TIMED_WAITING));
        return waiter;
    }

    @Test
    void idle_is_answered_at_once_whatever_the_deadline() {
        assertThat(quiescence.await(Duration.ZERO)).isTrue();
        assertThat(quiescence.await(Duration.ofMillis(-5))).isTrue();
        assertThat(quiescence.await(null)).isTrue();
        assertThat(quiescence.await(Duration.ofSeconds(Long.MAX_VALUE))).isTrue();
    }

    @Test
    void a_null_or_negative_deadline_only_looks() {
        quiescence.begin();
        assertThat(quiescence.await(null)).isFalse();
        assertThat(quiescence.await(Duration.ofMillis(-5))).isFalse();
        assertThat(quiescence.await(Duration.ZERO)).isFalse();
    }

    @Test
    void outstanding_work_makes_await_give_up_at_its_deadline() {
        quiescence.begin();
        long started = System.nanoTime();
        assertThat(quiescence.await(Duration.ofMillis(200))).isFalse();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(190)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void idle_again_only_when_every_begin_has_its_end() {
        quiescence.begin();
        quiescence.begin();
        quiescence.end();
        assertThat(quiescence.await(Duration.ZERO)).isFalse();
        quiescence.end();
        assertThat(quiescence.await(Duration.ZERO)).isTrue();
    }

    @Test
    void units_counted_together_are_idle_only_when_all_have_ended_however_they_end() {
        quiescence.begin(3);
        quiescence.begin(0);
        quiescence.end(2);
        assertThat(quiescence.await(Duration.ZERO)).isFalse();
        quiescence.begin();
        quiescence.end(0);
        quiescence.end();
        assertThat(quiescence.await(Duration.ZERO)).isFalse();
        quiescence.end();
        assertThat(quiescence.await(Duration.ZERO)).isTrue();
    }

    @Test
    void a_negative_count_is_refused_and_changes_nothing() {
        quiescence.begin();
        assertThatThrownBy(() -> quiescence.begin(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> quiescence.end(-2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
        assertThat(quiescence.await(Duration.ZERO)).isFalse();
        quiescence.end(1);
        assertThat(quiescence.await(Duration.ZERO)).isTrue();
    }

    @Test
    void ending_several_at_once_wakes_a_waiter() throws Exception {
        quiescence.begin(4);
        CompletableFuture<Boolean> waiter = waiterBlocked(Duration.ofSeconds(30));
        quiescence.end(4);
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_last_end_wakes_a_waiter_even_with_an_absurd_deadline() throws Exception {
        quiescence.begin();
        CompletableFuture<Boolean> waiter = waiterBlocked(Duration.ofSeconds(Long.MAX_VALUE));
        quiescence.end();
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void an_interrupted_waiter_answers_at_once_and_keeps_its_interrupt() {
        quiescence.begin();
        Thread.currentThread().interrupt();
        try {
            long started = System.nanoTime();
            assertThat(quiescence.await(Duration.ofSeconds(30))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
