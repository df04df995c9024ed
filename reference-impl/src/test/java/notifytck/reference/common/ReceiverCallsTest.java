package notifytck.reference.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A receiver's failure is counted and contained; its predecessor's interrupt does not reach it. */
class ReceiverCallsTest {
    private final ReceiverCalls calls = new ReceiverCalls();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_receiver_that_throws_is_counted_and_the_caller_carries_on() {
        calls.call(() -> {
            throw new IllegalStateException("client bug");
        });
        calls.call(() -> { });
        assertThat(calls.failures()).isEqualTo(1);
    }

    @Test
    void a_stale_interrupt_is_cleared_before_the_receiver_runs() {
        AtomicBoolean sawInterrupt = new AtomicBoolean(true);
        Thread.currentThread().interrupt();
        calls.call(() -> sawInterrupt.set(Thread.currentThread().isInterrupted()));
        assertThat(sawInterrupt).isFalse();
    }

    @Test
    void a_vm_error_is_not_the_receivers_and_goes_on_up() {
        assertThatThrownBy(() -> calls.call(() -> {
            throw new StackOverflowError();
        })).isInstanceOf(StackOverflowError.class);
        assertThat(calls.failures()).isZero();
    }
}
