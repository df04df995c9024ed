package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import notifytck.reference.spooler.ReferenceSpoolerTest.Event;
import notifytck.reference.spooler.ReferenceSpoolerTest.Fixture;
import notifytck.reference.spooler.ReferenceSpoolerTest.Recorder;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Per (channel, receiving callback) order under concurrent senders, and one event at a time per callback. */
class DeliveryLaneOrderingTest {
    private static final int SENDERS = 8;
    private static final int PER_SENDER = 400;

    private final Fixture f = new Fixture(SpoolerLimits.defaults());
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);

    @AfterEach
    void close() {
        senders.shutdownNow();
        f.close();
    }

    @RepeatedTest(3)
    void concurrent_senders_on_their_own_channels_keep_each_channels_order_at_every_receiver() throws Exception {
        List<Recorder> listeners = List.of(new Recorder(), new Recorder(), new Recorder());
        for (Recorder r : listeners) {
            f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, r);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                    ConversationStyle.UNIDIRECTIONAL, null);
            done.add(senders.submit(() -> {
                start.await();
                for (int n = 0; n < PER_SENDER; n++) {
                    assertThat(f.send(ch, sender + ":" + n)).isEqualTo(ReferenceSpoolerTest.S_OK);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) {
            d.get();
        }
        f.quiesce();

        for (Recorder r : listeners) {
            assertThat(r.payloads()).hasSize(SENDERS * PER_SENDER);
            int[] next = new int[SENDERS];
            for (String p : r.payloads()) {
                int sender = Integer.parseInt(p.substring(0, p.indexOf(':')));
                int n = Integer.parseInt(p.substring(p.indexOf(':') + 1));
                assertThat(n).as("order of channel %d", sender).isEqualTo(next[sender]);
                next[sender]++;
            }
            assertThat(r.overlaps()).isZero();
            assertThat(r.events()).extracting(Event::thread).allMatch(f.spooler::isDeliveryThread);
        }
    }

    @Test
    void threads_sharing_one_channel_are_seen_in_one_order_by_every_receiver() throws Exception {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, a);
        f.listen(Fixture.app("bob", 2), "Laser", ReferenceSpoolerTest.STATUS, b);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int sender = s;
            done.add(senders.submit(() -> {
                start.await();
                for (int n = 0; n < 200; n++) {
                    f.send(ch, sender + ":" + n);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) {
            d.get();
        }
        f.quiesce();
        assertThat(a.payloads()).hasSize(800).isEqualTo(b.payloads());
    }

    @Test
    void a_send_that_returned_first_arrives_first() {
        Recorder app = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        List<String> sent = new ArrayList<>();
        for (int n = 0; n < 900; n++) {
            f.send(ch, "m" + n);
            sent.add("m" + n);
        }
        f.quiesce();
        assertThat(app.payloads()).isEqualTo(sent);
    }

    @Test
    void one_callback_behind_two_registrations_is_never_entered_twice_at_once() {
        Recorder shared = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, shared);
        f.listen(Fixture.app("alice", 1), "Inkjet", ReferenceSpoolerTest.STATUS, shared);
        ChannelRef laser = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        ChannelRef inkjet = f.open("Inkjet", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        for (int n = 0; n < 500; n++) {
            f.send(laser, "L" + n);
            f.send(inkjet, "I" + n);
        }
        f.quiesce();
        assertThat(shared.payloads()).hasSize(1000);
        assertThat(shared.overlaps()).isZero();
        assertThat(shared.payloads().stream().filter(p -> p.startsWith("L")).toList())
                .isEqualTo(java.util.stream.IntStream.range(0, 500).mapToObj(n -> "L" + n).toList());
    }

    /**
     * A send to many listeners waits on the channel's lane, and later sends join it; when they go
     * out a lane at a time, a callback behind two of the registrations must still hear send n
     * twice before send n + 1 (the joined sends do not offer to "no lane twice").
     */
    @RepeatedTest(3)
    void a_callback_behind_two_registrations_hears_each_send_twice_before_the_next_while_sends_join() {
        Recorder shared = new Recorder();
        List<Recorder> others = new ArrayList<>();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, shared);
        for (int i = 0; i < 30; i++) {
            Recorder r = new Recorder();
            others.add(r);
            f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, r);
        }
        f.listen(Fixture.app("bob", 2), "Laser", ReferenceSpoolerTest.STATUS, shared);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
        List<String> sent = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (int n = 0; n < 600; n++) { // within the queue limit (1,000) even if nothing is delivered meanwhile
            assertThat(f.send(ch, "m" + n)).isEqualTo(ReferenceSpoolerTest.S_OK);
            sent.add("m" + n);
            twice.add("m" + n);
            twice.add("m" + n);
        }
        f.quiesce();
        assertThat(shared.payloads()).isEqualTo(twice);
        assertThat(shared.overlaps()).isZero();
        for (Recorder r : others) {
            assertThat(r.payloads()).isEqualTo(sent);
        }
    }

    /**
     * With one delivery thread a send to more listeners than a burst hands over at once is offered
     * by the sender, a chunk of lanes at a time: every listener still hears every send in order.
     */
    @Test
    void one_delivery_thread_and_more_listeners_than_a_chunk_keep_each_listeners_order() {
        try (Fixture one = new Fixture(SpoolerLimits.defaults().withDeliveryThreads(1))) {
            List<Recorder> listeners = new ArrayList<>();
            for (int i = 0; i < notifytck.reference.common.KeyedLanes.CHUNK * 2 + 7; i++) {
                Recorder r = new Recorder();
                listeners.add(r);
                one.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, r);
            }
            ChannelRef ch = one.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            List<String> sent = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                one.send(ch, "m" + n);
                sent.add("m" + n);
            }
            one.quiesce();
            for (Recorder r : listeners) {
                assertThat(r.payloads()).isEqualTo(sent);
            }
        }
    }

    /** The sender counts what it queued and reads what started only at the limit: a queue that drained takes sends again. */
    @Test
    void a_full_queue_that_drained_takes_sends_again() {
        try (Fixture small = new Fixture(SpoolerLimits.defaults().withQueueLimit(2))) {
            Recorder busy = new Recorder().holding();
            small.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, busy);
            ChannelRef ch = small.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            assertThat(small.send(ch, "running")).isEqualTo(ReferenceSpoolerTest.S_OK);
            busy.awaitEntered(1);
            assertThat(small.send(ch, "q1")).isEqualTo(ReferenceSpoolerTest.S_OK);
            assertThat(small.send(ch, "q2")).isEqualTo(ReferenceSpoolerTest.S_OK);
            assertThat(small.send(ch, "lost")).isNotEqualTo(ReferenceSpoolerTest.S_OK);
            busy.letGo();
            small.quiesce();
            assertThat(small.send(ch, "after")).isEqualTo(ReferenceSpoolerTest.S_OK);
            assertThat(small.send(ch, "after2")).isEqualTo(ReferenceSpoolerTest.S_OK);
            small.quiesce();
            assertThat(busy.payloads()).containsExactly("running", "q1", "q2", "after", "after2");
        }
    }

    /**
     * One delivery thread, a channel whose sends alternate between narrow ones (deferred to the pool)
     * and ones wider than a chunk (offered by the sender as it goes): a wide send made while a
     * narrow one still waits must not overtake it at the listeners they share.
     */
    @RepeatedTest(3)
    void with_one_thread_wide_sends_offered_as_they_go_never_overtake_narrow_ones_still_waiting() {
        try (Fixture one = new Fixture(SpoolerLimits.defaults().withDeliveryThreads(1))) {
            List<Recorder> stay = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Recorder r = new Recorder();
                stay.add(r);
                one.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, r);
            }
            ChannelRef ch = one.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            List<String> sent = new ArrayList<>();
            List<notifytck.spi.spooler.RegistrationRef> crowd = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (int n = 0; n < 5; n++) { // narrow: twenty listeners, deferred to the pool
                    String p = "r" + round + "n" + n;
                    assertThat(one.send(ch, p)).isEqualTo(ReferenceSpoolerTest.S_OK);
                    sent.add(p);
                }
                for (int i = 0; i < notifytck.reference.common.KeyedLanes.CHUNK; i++) {
                    crowd.add(one.listen(Fixture.app("bob", 2), "Laser", ReferenceSpoolerTest.STATUS, new Recorder()));
                }
                for (int n = 0; n < 3; n++) { // wide: more than a chunk, offered by the sender
                    String p = "r" + round + "w" + n;
                    assertThat(one.send(ch, p)).isEqualTo(ReferenceSpoolerTest.S_OK);
                    sent.add(p);
                }
                crowd.forEach(one.api::unregisterForPrintAsyncNotifications);
                crowd.clear();
            }
            one.quiesce();
            for (Recorder r : stay) {
                assertThat(r.payloads()).isEqualTo(sent);
                assertThat(r.overlaps()).isZero();
            }
        }
    }
}
