package notifytck.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The wait a quiet window is built on: woken by an arrival, never by anything else. */
class HistoryTest {
    private static final long TEN_SECONDS = TimeUnit.SECONDS.toNanos(10);

    @Test
    void anArrivalAlreadyThereIsReportedAtOnce() throws Exception {
        History<String> h = new History<>();
        h.record("one");
        assertThat(h.awaitArrivalAfter(0, TEN_SECONDS)).isEqualTo(1);
    }

    @Test
    void withNothingArrivingTheWaitEndsWithTheSameCount() throws Exception {
        History<String> h = new History<>();
        h.record("one");
        assertThat(h.awaitArrivalAfter(1, TimeUnit.MILLISECONDS.toNanos(20))).isEqualTo(1);
    }

    @Test
    void anEventRecordedOnAnotherThreadWakesTheWaiter() throws Exception {
        History<String> h = new History<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Long> waiter = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                return h.awaitArrivalAfter(0, TEN_SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();
        h.record("late");
        // Had the record not woken it, the waiter would come back after ten seconds with 0.
        assertThat(waiter.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void whatComesAfterTheEndIsNoArrival() throws Exception {
        History<String> h = new History<>();
        h.end("a scenario");
        h.record("after the end", true);
        assertThat(h.arrivals()).isZero();
        assertThat(h.all()).isEmpty();
    }
}
