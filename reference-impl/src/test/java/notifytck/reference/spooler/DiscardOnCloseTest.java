package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Closing drops what is still queued; a running callback finishes; ChannelClosed comes once, last. */
class DiscardOnCloseTest {
    private final Fixture f = new Fixture(SpoolerLimits.defaults());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void notifications_queued_behind_a_busy_listener_are_dropped_by_the_close() {
        Recorder app = new Recorder().holding();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        f.send(ch, "n1");
        app.awaitEntered(1);
        f.send(ch, "n2");
        f.send(ch, "n3");
        f.send(ch, "n4");
        assertThat(f.api.closeChannel(ch, new NotificationData(ReferenceSpoolerTest.STATUS, "shutting down")))
                .isEqualTo(ReferenceSpoolerTest.S_OK);
        app.letGo();
        f.quiesce();

        assertThat(app.events()).hasSize(2);
        assertThat(app.payloads()).containsExactly("n1");
        Event closed = app.events().get(1);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.payload()).isEqualTo("shutting down");
        assertThat(closed.ref()).as("a unidirectional listener has no pointer").isNull();
    }

    @Test
    void on_a_bidirectional_channel_every_receiver_is_told_once_and_last() {
        Recorder held = new Recorder().holding();
        Recorder idle = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, held);
        f.listen(Fixture.app("bob", 2), "Laser", ReferenceSpoolerTest.STATUS, idle);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, new Recorder());
        f.send(ch, "first");
        held.awaitEntered(1);
        idle.awaitEntered(1);
        for (int n = 0; n < 50; n++) {
            f.send(ch, "queued" + n);
        }
        f.api.closeChannel(ch, null);
        assertThat(f.send(ch, "too late")).isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        held.letGo();
        f.quiesce();

        assertThat(held.payloads()).containsExactly("first");
        assertThat(held.events()).filteredOn(Event::closed).hasSize(1);
        assertThat(held.events().get(held.events().size() - 1).closed()).isTrue();
        assertThat(held.events().get(1).payload()).isNull();
        // The idle listener may have taken some of the queue before the close; never anything after it.
        assertThat(idle.events()).filteredOn(Event::closed).hasSize(1);
        assertThat(idle.events().get(idle.events().size() - 1).closed()).isTrue();
        assertThat(idle.payloads()).doesNotContain("too late");
        assertThat(idle.events().get(0).ref()).isEqualTo(idle.events().get(idle.events().size() - 1).ref());
    }

    @Test
    void a_bidirectional_listener_whose_only_notification_was_discarded_holds_nothing_and_is_told_nothing() {
        Recorder blocker = new Recorder().holding();
        f.listen(Fixture.app("alice", 1), "Inkjet", ReferenceSpoolerTest.STATUS, blocker);
        // The same callback for both registrations: its lane is busy with the Inkjet notification.
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, blocker);
        ChannelRef inkjet = f.open("Inkjet", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        f.send(inkjet, "busy");
        blocker.awaitEntered(1);
        ChannelRef laser = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, null);
        f.send(laser, "never handed");
        f.api.closeChannel(laser, null);
        assertThat(f.api.release(laser)).isZero();
        assertThat(f.control.liveChannelObjects()).as("only the Inkjet channel").isEqualTo(1);
        blocker.letGo();
        f.quiesce();
        assertThat(blocker.payloads()).containsExactly("busy");
        assertThat(blocker.events()).noneMatch(Event::closed);
    }

    @Test
    void closing_twice_fails_the_second_time_and_nothing_is_told_twice() {
        Recorder app = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        f.send(ch, "x");
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(ReferenceSpoolerTest.S_OK);
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        f.quiesce();
        assertThat(app.events()).filteredOn(Event::closed).hasSize(1);
    }
}
