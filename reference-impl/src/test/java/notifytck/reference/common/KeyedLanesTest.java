package notifytck.reference.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every unit offered either runs, on the pool and in its key's order, or goes back to the
 * mechanism as dropped: never both, never neither, even across stop and a shared pool's shutdown.
 */
class KeyedLanesTest {
    private final FixedPool pool = new FixedPool("test-keyed-lanes-", 1);
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    private final List<String> dropped = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> ranOn = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        pool.shutdownNow();
        pool.awaitTermination(Duration.ofSeconds(5));
    }

    private KeyedLanes<Object, String> lanes(int batch) {
        return new KeyedLanes<>(pool, batch, this::run, dropped::add);
    }

    /** "hold" keeps the pool's one thread until the test lets go, so what follows stays queued. */
    private void run(String unit) {
        if (unit.equals("hold")) {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ranOn.add(Thread.currentThread());
        ran.add(unit);
    }

    private void awaitRan(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() >= count);
        assertThat(ran).hasSize(count);
    }

    @Test
    void units_run_on_the_pool_in_offer_order_and_the_lane_retires_after() throws InterruptedException {
        KeyedLanes<Object, String> lanes = lanes(2);
        for (int i = 0; i < 7; i++) {
            lanes.offer("receiver", "u" + i);
        }
        awaitRan(7);
        assertThat(ran).containsExactly("u0", "u1", "u2", "u3", "u4", "u5", "u6");
        assertThat(ranOn).allMatch(pool::isPoolThread);
        await().atMost(Duration.ofSeconds(10)).until(() -> lanes.laneCount() == 0);
        assertThat(dropped).isEmpty();
    }

    @Test
    void finished_units_are_reported_after_they_return_once_per_lane_run_or_burst_group() throws InterruptedException {
        List<Integer> reports = Collections.synchronizedList(new ArrayList<>());
        List<Integer> ranWhenReported = Collections.synchronizedList(new ArrayList<>());
        KeyedLanes<Object, String> lanes = new KeyedLanes<>(pool, 2, this::run, units -> {
            ranWhenReported.add(ran.size());
            reports.add(units);
        }, dropped::add);
        lanes.offer("first", "hold"); // the pool's one thread waits, so the burst below is one group
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        List<SerialLane<String>> held = new ArrayList<>();
        try (var burst = lanes.burst(2)) {
            for (int i = 0; i < 5; i++) {
                SerialLane<String> lane = lanes.hold("listener" + i);
                held.add(lane);
                burst.offer(lane, "b" + i);
            }
        }
        lanes.offer("single", "s0");
        lanes.offer("single", "s1");
        lanes.offer("single", "s2"); // a batch of 2: two runs of this lane, 2 then 1
        release.countDown();
        awaitRan(9);
        await().atMost(Duration.ofSeconds(10)).until(() -> reports.stream().mapToInt(Integer::intValue).sum() >= 9);
        assertThat(reports).containsExactly(1, 5, 2, 1);
        int reported = 0;
        for (int i = 0; i < reports.size(); i++) {
            reported += reports.get(i);
            assertThat(ranWhenReported.get(i)).as("units returned when report %d came", i).isGreaterThanOrEqualTo(reported);
        }
        held.forEach(lanes::release);
        assertThat(dropped).isEmpty();
    }

    @Test
    void offer_every_queues_a_lanes_units_in_order_and_a_burst_hands_over_a_chunk_before_it_closes()
            throws InterruptedException {
        KeyedLanes<Object, String> lanes = lanes(64);
        String[] as = {"a0", "a1", "a2"};
        String[] bs = {"b0", "b1", "unused"};
        String[] cs = {"c0", "c1", "c2"};
        SerialLane<String> a = lanes.hold("a");
        SerialLane<String> c = lanes.hold("c");
        try (var burst = lanes.burst(2)) {
            burst.offerEvery(a, as, 3);
            burst.offerEvery(c, cs, 3);
            burst.offerEvery(a, bs, 2); // a second offer to a lane already made busy; only the first two
        }
        awaitRan(8);
        assertThat(ran.stream().filter(u -> u.startsWith("a") || u.startsWith("b"))).containsExactly("a0", "a1", "a2", "b0", "b1");
        assertThat(ran.stream().filter(u -> u.startsWith("c"))).containsExactly("c0", "c1", "c2");

        // A chunk of lanes made busy goes to the pool while the burst is still open.
        ran.clear();
        List<SerialLane<String>> held = new ArrayList<>();
        var burst = lanes.burst(KeyedLanes.CHUNK);
        for (int i = 0; i < KeyedLanes.CHUNK; i++) {
            SerialLane<String> lane = lanes.hold("l" + i);
            held.add(lane);
            burst.offerEvery(lane, new String[] {"u" + i}, 1);
        }
        awaitRan(KeyedLanes.CHUNK);
        burst.close();

        // Stopped: each unit goes back as dropped. A lane that retired meanwhile: its key's new lane takes them, in order.
        lanes.release(c);
        ran.clear();
        try (var late = lanes.burst(1)) {
            late.offerEvery(c, cs, 3);
        }
        awaitRan(3);
        assertThat(ran).containsExactly("c0", "c1", "c2");
        lanes.stop();
        try (var stopped = lanes.burst(1)) {
            stopped.offerEvery(a, as, 3);
        }
        assertThat(dropped).containsExactly("a0", "a1", "a2");
        held.forEach(lanes::release);
        lanes.release(a);
    }

    @Test
    void a_held_lane_outlives_its_traffic_until_released_and_an_offer_through_a_stale_hold_still_runs()
            throws InterruptedException {
        KeyedLanes<Object, String> lanes = lanes(2);
        SerialLane<String> held = lanes.hold("receiver");
        assertThat(lanes.hold("receiver")).as("the key's one lane").isSameAs(held);
        lanes.release(held);
        for (int i = 0; i < 5; i++) {
            lanes.offer(held, "u" + i);
        }
        lanes.offer("receiver", "u5");
        awaitRan(6);
        assertThat(ran).containsExactly("u0", "u1", "u2", "u3", "u4", "u5");
        assertThat(lanes.laneCount()).as("idle but held").isEqualTo(1);

        lanes.release(held);
        assertThat(lanes.laneCount()).isZero();
        lanes.offer(held, "after");
        awaitRan(7);
        assertThat(ran).endsWith("after");
        assertThat(dropped).isEmpty();
    }

    @Test
    void equal_keys_share_a_lane_and_identity_keys_of_equal_receivers_do_not() throws InterruptedException {
        KeyedLanes<Object, String> lanes = lanes(32);
        lanes.offer("busy", "hold");
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        lanes.offer(new String("receiver"), "a");
        lanes.offer(new String("receiver"), "b");
        assertThat(lanes.laneCount()).isEqualTo(2);
        lanes.offer(new IdentityKey(new String("receiver")), "c");
        lanes.offer(new IdentityKey(new String("receiver")), "d");
        assertThat(lanes.laneCount()).isEqualTo(4);

        release.countDown();
        awaitRan(5);
    }

    @Test
    void after_stop_an_offer_is_dropped_and_what_runs_can_tell() throws InterruptedException {
        KeyedLanes<Object, String> lanes = lanes(32);
        lanes.stop();
        assertThat(lanes.stopped()).isTrue();
        lanes.offer("receiver", "late");
        assertThat(dropped).containsExactly("late");
        assertThat(lanes.laneCount()).isZero();
        await().during(Duration.ofMillis(20)).atMost(Duration.ofSeconds(5)).until(ran::isEmpty);
    }

    @Test
    void shutdown_drops_what_never_started_and_interrupts_what_runs() throws InterruptedException {
        KeyedLanes<Object, String> lanes = lanes(32);
        lanes.offer("busy", "hold");
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        lanes.offer("other", "queued1");
        lanes.offer("other", "queued2");

        lanes.shutdown(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("hold");
        assertThat(dropped).containsExactly("queued1", "queued2");
        assertThat(lanes.laneCount()).isZero();
        lanes.offer("other", "after");
        assertThat(dropped).containsExactly("queued1", "queued2", "after");
    }

    @Test
    void a_pool_that_refuses_the_lane_has_its_units_dropped() {
        KeyedLanes<Object, String> lanes = lanes(32);
        pool.shutdownNow();
        lanes.offer("receiver", "refused");
        assertThat(dropped).containsExactly("refused");
        assertThat(ran).isEmpty();
        assertThat(lanes.laneCount()).isZero();
    }

    @Test
    void on_a_shared_pool_each_host_drops_only_its_own_lanes() throws InterruptedException {
        List<String> otherDropped = Collections.synchronizedList(new ArrayList<>());
        KeyedLanes<Object, String> mine = lanes(32);
        KeyedLanes<Object, String> other = new KeyedLanes<>(pool, 32, ran::add, otherDropped::add);
        mine.offer("busy", "hold");
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        mine.offer("receiver", "mine");
        other.offer("receiver", "theirs");

        mine.stop();
        other.stop();
        List<Runnable> neverStarted = pool.shutdownNow();
        mine.dropUnstarted(neverStarted);
        assertThat(dropped).containsExactly("mine");
        assertThat(otherDropped).isEmpty();
        other.dropUnstarted(neverStarted);
        assertThat(otherDropped).containsExactly("theirs");
        assertThat(dropped).containsExactly("mine");
    }

    @Test
    void a_batch_must_be_positive() {
        assertThatThrownBy(() -> lanes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
