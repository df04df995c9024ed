package notifytck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scenario's quiesce is asked again while callbacks keep arriving (slow, not stuck), and fails
 * at once when nothing arrived during its deadline, or after a bounded number of deadlines.
 */
class QuiesceWhileDeliveringTest {
    private String saved;

    @BeforeEach
    void shortDeadline() {
        saved = System.getProperty("notifytck.timeout.eventually");
        System.setProperty("notifytck.timeout.eventually", "50");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("notifytck.timeout.eventually");
        } else {
            System.setProperty("notifytck.timeout.eventually", saved);
        }
    }

    /** A quiesce that is not quiet for its first {@code busyRounds} calls, each of which records {@code perRound} callbacks. */
    private static Settling settling(History<String> history, AtomicInteger asked, int busyRounds, int perRound) {
        return new Settling("SpoolerControl.quiesce", () -> true, limit -> {
            int round = asked.incrementAndGet();
            for (int i = 0; i < perRound; i++) {
                history.record("delivery " + round + "." + i);
            }
            return round > busyRounds;
        }, history, () -> "the history");
    }

    @Test
    void aQuiesceThatRanOutWhileCallbacksKeptArrivingIsAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        settling(new History<>(), asked, 3, 2).settle();
        assertThat(asked).hasValue(4);
    }

    @Test
    void aQuiesceThatRanOutWithNothingArrivingFailsAtOnce() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> settling(new History<>(), asked, 3, 0).settle()).isInstanceOf(AssertionError.class)
                .hasMessage("the implementation did not quiesce within 50 ms\nthe history");
        assertThat(asked).hasValue(1);
    }

    /** A callback blocked in a call into the implementation is not ended by more deliveries: named while it is still blocked. */
    @Test
    void aQuiesceThatRanOutWhileACallbacksCallIsBlockedFailsAtOnceNamingIt() {
        AtomicInteger asked = new AtomicInteger();
        History<String> history = new History<>();
        Settling s = new Settling("SpoolerControl.quiesce", () -> true, limit -> {
            history.record("delivery " + asked.incrementAndGet());
            return false;
        }, history, () -> "the history", () -> "still waiting for CloseChannel");
        assertThatThrownBy(s::settle).isInstanceOf(AssertionError.class)
                .hasMessage("the implementation did not quiesce within 50 ms\nthe history");
        assertThat(asked).hasValue(1);
    }

    @Test
    void aQuiesceStillBusyAfterItsRoundsFails() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> settling(new History<>(), asked, 100, 1).settle()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the implementation did not quiesce within 50 ms (asked " + Settling.QUIESCE_ROUNDS_WHILE_DELIVERING
                        + " times while callbacks kept arriving)");
        assertThat(asked).hasValue(Settling.QUIESCE_ROUNDS_WHILE_DELIVERING);
    }
}
