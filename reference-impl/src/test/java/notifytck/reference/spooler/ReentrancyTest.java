package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.spooler.ReferenceSpoolerTest.Event;
import notifytck.reference.spooler.ReferenceSpoolerTest.Fixture;
import notifytck.reference.spooler.ReferenceSpoolerTest.Recorder;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Callbacks call straight back into the spooler without deadlock, even with a single pool thread. */
class ReentrancyTest {
    private Fixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static NotificationData data(String payload) {
        return new NotificationData(ReferenceSpoolerTest.STATUS, payload);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void a_listener_closes_and_releases_from_inside_on_event_notify(int threads) {
        f = new Fixture(SpoolerLimits.defaults().withDeliveryThreads(threads));
        List<HResult> fromInside = new CopyOnWriteArrayList<>();
        AtomicInteger releasedTo = new AtomicInteger(-1);
        Recorder app = new Recorder().onNotify((ref, data) -> {
            fromInside.add(f.api.closeChannel(ref, data("got it")));
            releasedTo.set((int) f.api.release(ref));
        });
        Recorder driver = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, driver);

        f.send(ch, "job 7 printed");
        f.quiesce();

        assertThat(fromInside).containsExactly(ReferenceSpoolerTest.S_OK);
        assertThat(releasedTo).hasValue(0);
        assertThat(driver.events()).singleElement().satisfies(e -> {
            assertThat(e.closed()).isTrue();
            assertThat(e.payload()).isEqualTo("got it");
        });
        assertThat(app.payloads()).containsExactly("job 7 printed");
        assertThat(f.control.liveChannelObjects()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void both_ends_answer_each_other_from_inside_their_callbacks(int threads) {
        f = new Fixture(SpoolerLimits.defaults().withDeliveryThreads(threads));
        int rounds = 200;
        Recorder app = new Recorder().onNotify((ref, d) -> f.api.sendNotification(ref, data("pong" + d.payload().substring(4))));
        Recorder driver = new Recorder().onNotify((ref, d) -> {
            int n = Integer.parseInt(d.payload().substring(4));
            if (n + 1 < rounds) {
                f.api.sendNotification(ref, data("ping" + (n + 1)));
            } else {
                f.api.closeChannel(ref, data("enough"));
                f.api.release(ref);
            }
        });
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, driver);
        f.send(ch, "ping0");
        f.quiesce();

        assertThat(driver.payloads()).hasSize(rounds);
        assertThat(app.payloads()).hasSize(rounds);
        assertThat(app.events().get(app.events().size() - 1)).matches(Event::closed);
        assertThat(f.control.liveChannelObjects()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void an_opener_closes_from_its_own_callback_while_listeners_are_answering(int threads) {
        f = new Fixture(SpoolerLimits.defaults().withDeliveryThreads(threads));
        List<Recorder> listeners = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            Recorder r = new Recorder().onNotify((ref, d) -> f.api.sendNotification(ref, data("answer")));
            listeners.add(r);
            f.listen(Fixture.app("user" + i, i), "Laser", ReferenceSpoolerTest.STATUS, r);
        }
        AtomicInteger answers = new AtomicInteger();
        Recorder driver = new Recorder().onNotify((ref, d) -> {
            if (answers.incrementAndGet() == 5) {
                f.api.closeChannel(ref, null);
                f.api.release(ref);
            }
        });
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, driver);
        f.send(ch, "question");
        f.quiesce();

        assertThat(driver.events()).noneMatch(Event::closed);
        for (Recorder r : listeners) {
            if (r.payloads().isEmpty()) {
                // Its notification was still queued at the close: discarded, never handed a pointer, not a party.
                assertThat(r.events()).isEmpty();
            } else {
                assertThat(r.events()).hasSize(2);
                assertThat(r.events().get(1).closed()).isTrue();
                assertThat(r.events().get(1).ref()).isEqualTo(r.events().get(0).ref());
            }
        }
        assertThat(listeners).filteredOn(r -> !r.payloads().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(f.control.liveChannelObjects()).isZero();
    }
}
