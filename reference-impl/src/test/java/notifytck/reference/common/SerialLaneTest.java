package notifytck.reference.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A lane is scheduled once however much is offered, runs its work in offer order a batch at a
 * time, and retires (refusing offers) once empty. The host here schedules by remembering, so each
 * step is the test's to take.
 */
class SerialLaneTest {
    private static final Object KEY = "receiver";

    /** Remembers what the lane asked of it; runs nothing by itself. */
    private static final class Recorder implements SerialLane.Host<String> {
        final List<SerialLane<String>> scheduled = new ArrayList<>();
        final List<String> ran = new ArrayList<>();
        final List<Object> retiredKeys = new ArrayList<>();

        @Override
        public void schedule(SerialLane<String> lane) {
            scheduled.add(lane);
        }

        @Override
        public void run(String work) {
            ran.add(work);
        }

        @Override
        public void retired(Object key, SerialLane<String> lane) {
            retiredKeys.add(key);
        }
    }

    private final Recorder host = new Recorder();

    private SerialLane<String> laneHolding(int batch, String... work) {
        SerialLane<String> lane = new SerialLane<>(host, KEY, batch);
        for (String w : work) {
            assertThat(lane.offer(w)).isTrue();
        }
        return lane;
    }

    @Test
    void the_first_offer_schedules_the_lane_and_later_ones_ride_along() {
        SerialLane<String> lane = laneHolding(32, "a", "b", "c");
        assertThat(host.scheduled).containsExactly(lane);
    }

    @Test
    void a_run_drains_in_offer_order_then_retires_and_refuses_offers() {
        SerialLane<String> lane = laneHolding(32, "a", "b");
        lane.run();
        assertThat(host.ran).containsExactly("a", "b");
        assertThat(host.retiredKeys).containsExactly(KEY);
        assertThat(lane.offer("c")).isFalse();
        assertThat(host.ran).containsExactly("a", "b");
        assertThat(host.scheduled).hasSize(1);
    }

    @Test
    void a_full_batch_yields_the_thread_and_schedules_the_lane_again() {
        SerialLane<String> lane = laneHolding(2, "a", "b", "c", "d", "e");
        lane.run();
        assertThat(host.ran).containsExactly("a", "b");
        assertThat(host.scheduled).hasSize(2);
        assertThat(host.retiredKeys).isEmpty();
        assertThat(lane.offer("f")).as("a scheduled lane still takes work").isTrue();
        assertThat(host.scheduled).as("and is not scheduled twice").hasSize(2);

        lane.run();
        lane.run();
        assertThat(host.ran).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(host.retiredKeys).containsExactly(KEY);
    }

    @Test
    void a_batch_that_empties_the_lane_retires_it_without_scheduling_again() {
        laneHolding(2, "a", "b").run();
        assertThat(host.ran).containsExactly("a", "b");
        assertThat(host.scheduled).hasSize(1);
        assertThat(host.retiredKeys).containsExactly(KEY);
    }

    @Test
    void abandoning_hands_back_what_never_ran_and_retires() {
        SerialLane<String> lane = laneHolding(32, "a", "b");
        assertThat(lane.abandon()).containsExactly("a", "b");
        assertThat(host.retiredKeys).containsExactly(KEY);
        assertThat(lane.offer("c")).isFalse();
        lane.run(); // a pool that ran it anyway finds nothing
        assertThat(host.ran).isEmpty();
    }

    @Test
    void a_batch_must_be_positive() {
        assertThatThrownBy(() -> new SerialLane<>(host, KEY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * On a real pool, with offers from several threads and lanes retiring under them: each
     * offerer's order holds and the receiver is never entered twice at once.
     */
    @Test
    void on_a_pool_one_receiver_runs_one_unit_at_a_time_in_each_offerers_order() throws Exception {
        FixedPool pool = new FixedPool("test-serial-lane-", 4);
        try {
            PoolHost poolHost = new PoolHost(pool);
            int offerers = 4;
            int each = 2_000;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < offerers; t++) {
                int offerer = t;
                threads.add(new Thread(() -> {
                    for (int n = 0; n < each; n++) {
                        poolHost.offer(offerer + ":" + n);
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (poolHost.ran.size() < offerers * each && System.nanoTime() < until) {
                Thread.sleep(5);
            }

            assertThat(poolHost.ran).hasSize(offerers * each);
            int[] next = new int[offerers];
            for (String w : poolHost.ran) {
                int offerer = Integer.parseInt(w.substring(0, w.indexOf(':')));
                assertThat(Integer.parseInt(w.substring(w.indexOf(':') + 1))).isEqualTo(next[offerer]++);
            }
            assertThat(poolHost.overlaps).hasValue(0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_held_lane_stays_idle_instead_of_retiring_and_takes_offers_again() {
        SerialLane<String> lane = laneHolding(32, "a");
        assertThat(lane.hold()).isTrue();
        lane.run();
        assertThat(host.retiredKeys).as("held: idle, not retired").isEmpty();
        assertThat(lane.offer("b")).isTrue();
        assertThat(host.scheduled).as("an idle held lane is scheduled again by its next offer").containsExactly(lane, lane);
        lane.run();
        assertThat(host.ran).containsExactly("a", "b");
    }

    @Test
    void releasing_the_last_hold_retires_an_idle_lane_at_once_and_a_busy_one_when_it_drains() {
        SerialLane<String> idle = laneHolding(32);
        assertThat(idle.hold()).isTrue();
        assertThat(idle.hold()).isTrue();
        idle.release();
        assertThat(host.retiredKeys).as("one hold left").isEmpty();
        idle.release();
        assertThat(host.retiredKeys).containsExactly(KEY);
        assertThat(idle.offer("late")).isFalse();
        assertThat(idle.hold()).as("a retired lane cannot be held").isFalse();

        host.retiredKeys.clear();
        SerialLane<String> busy = laneHolding(32, "x");
        assertThat(busy.hold()).isTrue();
        busy.release();
        assertThat(host.retiredKeys).as("still has work").isEmpty();
        busy.run();
        assertThat(host.ran).containsExactly("x");
        assertThat(host.retiredKeys).containsExactly(KEY);
    }

    @Test
    void a_release_without_a_hold_is_a_bug_of_the_holder() {
        SerialLane<String> lane = laneHolding(32);
        assertThatThrownBy(lane::release).isInstanceOf(IllegalStateException.class);
    }

    /** The smallest real host: one receiver, lanes on a pool, a fresh lane when the old one retired. */
    private static final class PoolHost implements SerialLane.Host<String> {
        final List<String> ran = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger overlaps = new AtomicInteger();
        private final AtomicInteger inside = new AtomicInteger();
        private final ConcurrentHashMap<Object, SerialLane<String>> lanes = new ConcurrentHashMap<>();
        private final FixedPool pool;

        PoolHost(FixedPool pool) {
            this.pool = pool;
        }

        void offer(String work) {
            while (!lanes.computeIfAbsent(KEY, k -> new SerialLane<>(this, k, 3)).offer(work)) {
                Thread.onSpinWait();
            }
        }

        @Override
        public void schedule(SerialLane<String> lane) {
            pool.execute(lane);
        }

        @Override
        public void run(String work) {
            if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
            }
            ran.add(work);
            inside.decrementAndGet();
        }

        @Override
        public void retired(Object key, SerialLane<String> lane) {
            lanes.remove(key, lane);
        }
    }
}
