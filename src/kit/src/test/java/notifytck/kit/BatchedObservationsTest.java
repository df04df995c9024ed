package notifytck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Observations asked in one hand-off (Deadline.observeEach, Settling.quiesceThenObserve) answer
 * as they would one by one: in order, on a kit thread, a throw ending the batch with that throw,
 * and a hang named with its place in the batch, within the batch's deadline.
 */
class BatchedObservationsTest {
    private String savedCall;
    private String savedEventually;

    @BeforeEach
    void shortDeadlines() {
        savedCall = System.getProperty("notifytck.timeout.call");
        savedEventually = System.getProperty("notifytck.timeout.eventually");
        System.setProperty("notifytck.timeout.call", "300");
        System.setProperty("notifytck.timeout.eventually", "300");
    }

    @AfterEach
    void restore() {
        restore("notifytck.timeout.call", savedCall);
        restore("notifytck.timeout.eventually", savedEventually);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void answersComeBackInOrderFromOneKitThread() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        List<Supplier<Integer>> asks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            asks.add(() -> {
                threads.add(Thread.currentThread().getName());
                return n * n;
            });
        }
        assertThat(Deadline.observeEach("squares", asks)).containsExactly(0, 1, 4, 9, 16);
        assertThat(threads).hasSize(5).allMatch(t -> t.startsWith("notifytck-caller-"));
        assertThat(threads.stream().distinct()).as("one hand-off").hasSize(1);
        assertThat(Deadline.observeEach("nothing", List.<Supplier<Integer>>of())).isEmpty();
    }

    @Test
    void aThrowEndsTheBatchWithThatThrow() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        List<Supplier<String>> asks = List.of(() -> {
            asked.add("a");
            return "a";
        }, () -> {
            throw new IllegalStateException("refused by b");
        }, () -> {
            asked.add("c");
            return "c";
        });
        assertThatThrownBy(() -> Deadline.observeEach("letters", asks)).isInstanceOf(IllegalStateException.class).hasMessage("refused by b");
        assertThat(asked).containsExactly("a");
    }

    @Test
    void aHangIsNamedWithItsPlaceInTheBatch() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<Supplier<Boolean>> asks = List.of(() -> true, () -> {
            try {
                never.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }, () -> true);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Deadline.observeEach("holdsTokenOf", asks)).isInstanceOf(Deadline.Missed.class)
                .hasMessage("holdsTokenOf (call 2 of the 3 asked at once) did not return within " + Timeouts.batch(3).toMillis() + " ms");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void quiesceThenObserveAsksAfterTheQuiesceAndFailsWhenItDidNotGoQuiet() {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Supplier<String>> asks = List.of(() -> {
            order.add("observe");
            return "seen";
        });
        List<String> seen = Settling.quiesceThenObserve("quiesce", limit -> {
            order.add("quiesce " + limit.toMillis());
            return true;
        }, () -> "history", asks);
        assertThat(seen).containsExactly("seen");
        assertThat(order).containsExactly("quiesce 300", "observe");

        assertThatThrownBy(() -> Settling.quiesceThenObserve("quiesce", limit -> false, () -> "the history", asks))
                .isInstanceOf(AssertionError.class).hasMessage("the implementation did not quiesce within 300 ms\nthe history");
        assertThatThrownBy(() -> Settling.quiesceThenObserve("quiesce", limit -> null, () -> "the history", asks))
                .as("a quiesce that answers nothing did not go quiet").isInstanceOf(AssertionError.class);
    }
}
