package notifytck.reference.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** All threads up front, named and daemon; no growth with work; shutdown hands back what never ran. */
class FixedPoolTest {
    private static final String PREFIX = "test-fixed-pool-";

    private final FixedPool pool = new FixedPool(PREFIX, 3);
    /** Releases work that ignores interrupts, even when a test fails before it does. */
    private final AtomicBoolean letGo = new AtomicBoolean();

    @AfterEach
    void close() {
        letGo.set(true);
        pool.shutdownNow();
        pool.awaitTermination(Duration.ofSeconds(5));
    }

    private Set<Thread> poolThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().filter(pool::isPoolThread).collect(Collectors.toSet());
    }

    @Test
    void every_thread_is_started_up_front_named_by_the_prefix_and_daemon() {
        assertThat(pool.threadsStarted()).isEqualTo(3);
        assertThat(poolThreadsAlive()).hasSize(3).allMatch(Thread::isDaemon)
                .extracting(Thread::getName)
                .containsExactlyInAnyOrder(PREFIX + "1", PREFIX + "2", PREFIX + "3");
        assertThat(pool.isPoolThread(Thread.currentThread())).isFalse();
    }

    @Test
    void much_work_runs_on_the_same_few_threads() throws InterruptedException {
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            pool.execute(() -> {
                ran.add(Thread.currentThread());
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasSizeLessThanOrEqualTo(3).allMatch(pool::isPoolThread);
        assertThat(pool.threadsStarted()).isEqualTo(3);
    }

    @Test
    void shutdown_interrupts_running_work_hands_back_the_rest_and_refuses_more() throws InterruptedException {
        CountDownLatch allBusy = new CountDownLatch(3);
        CountDownLatch interrupted = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> {
                allBusy.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
        }
        assertThat(allBusy.await(10, TimeUnit.SECONDS)).isTrue();
        Runnable neverRuns = () -> { };
        pool.execute(neverRuns);

        List<Runnable> unstarted = pool.shutdownNow();

        assertThat(unstarted).containsExactly(neverRuns);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.awaitTermination(Duration.ofSeconds(10))).isTrue();
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void awaiting_termination_is_bounded_by_its_timeout() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        pool.execute(() -> {
            running.countDown();
            while (!letGo.get()) {
                Thread.onSpinWait(); // work that ignores the interrupt
            }
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdownNow();

        long started = System.nanoTime();
        assertThat(pool.awaitTermination(Duration.ofMillis(100))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        letGo.set(true);
        assertThat(pool.awaitTermination(Duration.ofSeconds(10))).isTrue();
    }
}
