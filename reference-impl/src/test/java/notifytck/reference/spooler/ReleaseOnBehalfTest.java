package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.atomic.AtomicReference;
import notifytck.reference.spooler.ReferenceSpoolerTest.Event;
import notifytck.reference.spooler.ReferenceSpoolerTest.Fixture;
import notifytck.reference.spooler.ReferenceSpoolerTest.Recorder;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Release rules: the closer keeps its initial reference; every other party's initial reference
 * is released by the spooler once its ChannelClosed returns; added references stay the party's.
 */
class ReleaseOnBehalfTest {
    private final Fixture f = new Fixture(SpoolerLimits.defaults());
    private final Recorder app = new Recorder();

    @AfterEach
    void close() {
        f.close();
    }

    /** Opens a bidirectional channel and waits until the listener holds its pointer. */
    private ChannelRef conversation(Recorder opener, AtomicReference<ChannelRef> listenerRef) {
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, opener);
        f.send(ch, "job started");
        f.quiesce();
        listenerRef.set(app.events().get(0).ref());
        return ch;
    }

    private static NotificationData reason(String why) {
        return new NotificationData(ReferenceSpoolerTest.STATUS, why);
    }

    @Test
    void a_listeners_close_releases_the_opener_and_the_openers_late_close_fails() {
        Recorder driver = new Recorder();
        AtomicReference<ChannelRef> appRef = new AtomicReference<>();
        ChannelRef ch = conversation(driver, appRef);

        assertThat(f.api.closeChannel(appRef.get(), reason("not interested"))).isEqualTo(ReferenceSpoolerTest.S_OK);
        f.quiesce();
        assertThat(driver.events()).singleElement().satisfies(e -> {
            assertThat(e.closed()).isTrue();
            assertThat(e.payload()).isEqualTo("not interested");
            assertThat(e.ref()).isEqualTo(ch);
        });
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        assertThat(f.control.liveChannelObjects()).as("the closer still holds its pointer").isEqualTo(1);
        assertThat(f.api.release(appRef.get())).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
        assertThat(app.events()).noneMatch(Event::closed);
    }

    @Test
    void a_close_racing_the_openers_channel_closed_fails_and_the_release_waits_for_the_callback() {
        Recorder driver = new Recorder().holdingClosedToo();
        AtomicReference<ChannelRef> appRef = new AtomicReference<>();
        ChannelRef ch = conversation(driver, appRef);

        f.api.closeChannel(appRef.get(), reason("bye"));
        f.api.release(appRef.get());
        driver.awaitEntered(1);
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        assertThat(f.control.liveChannelObjects()).isEqualTo(1);
        driver.letGo();
        await().atMost(ReferenceSpoolerTest.PATIENCE).until(() -> f.control.liveChannelObjects() == 0);
    }

    @Test
    void references_a_party_added_stay_its_own_to_release() {
        Recorder driver = new Recorder();
        AtomicReference<ChannelRef> appRef = new AtomicReference<>();
        ChannelRef ch = conversation(driver, appRef);
        assertThat(f.api.addRef(ch)).isEqualTo(2);

        f.api.closeChannel(appRef.get(), null);
        f.api.release(appRef.get());
        f.quiesce();
        assertThat(f.control.liveChannelObjects()).isEqualTo(1);
        assertThat(f.api.release(ch)).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
    }

    @Test
    void an_opener_without_callback_is_released_at_once() {
        AtomicReference<ChannelRef> appRef = new AtomicReference<>();
        conversation(null, appRef);
        f.api.closeChannel(appRef.get(), null);
        assertThat(f.control.liveChannelObjects()).isEqualTo(1);
        assertThat(f.api.release(appRef.get())).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
    }

    @Test
    void the_openers_close_releases_listeners_but_not_the_opener() {
        Recorder driver = new Recorder();
        AtomicReference<ChannelRef> appRef = new AtomicReference<>();
        ChannelRef ch = conversation(driver, appRef);

        assertThat(f.api.closeChannel(ch, reason("done"))).isEqualTo(ReferenceSpoolerTest.S_OK);
        f.quiesce();
        assertThat(app.events()).filteredOn(Event::closed).singleElement()
                .satisfies(e -> assertThat(e.ref()).isEqualTo(appRef.get()));
        assertThat(f.control.liveChannelObjects()).isEqualTo(1);
        assertThat(f.api.sendNotification(appRef.get(), reason("late")))
                .isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        assertThat(f.api.release(ch)).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
        assertThat(driver.events()).isEmpty();
    }

    @Test
    void a_unidirectional_channel_is_freed_by_the_openers_single_release_after_closing() {
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        f.send(ch, "job started");
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(ReferenceSpoolerTest.S_OK);
        f.quiesce();
        assertThat(f.control.liveChannelObjects()).isEqualTo(1);
        assertThat(f.api.release(ch)).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
    }

    @Test
    void releasing_an_open_channel_to_zero_frees_it_and_tells_its_unidirectional_listeners() {
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        f.send(ch, "job started");
        f.quiesce();
        assertThat(f.api.release(ch)).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
        f.quiesce();
        assertThat(app.events()).filteredOn(Event::closed).hasSize(1);
        assertThat(f.send(ch, "after")).isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
    }
}
