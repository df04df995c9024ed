package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import notifytck.reference.spooler.ReferenceSpoolerTest.Fixture;
import notifytck.reference.spooler.ReferenceSpoolerTest.Recorder;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** quiesce waits for every accepted delivery and returned callback, and never past its deadline. */
class QuiesceTest {
    private final Fixture f = new Fixture(SpoolerLimits.defaults());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void an_idle_spooler_is_quiet_at_once() {
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
        assertThat(f.control.quiesce(Duration.ofMillis(-5))).isTrue();
        assertThat(f.control.quiesce(null)).isTrue();
    }

    @Test
    void a_callback_that_does_not_return_makes_quiesce_give_up_at_its_deadline() {
        Recorder app = new Recorder().holding();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        f.send(ch, "stuck");
        app.awaitEntered(1);

        long started = System.nanoTime();
        assertThat(f.control.quiesce(Duration.ofMillis(200))).isFalse();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(190)).isLessThan(Duration.ofSeconds(5));

        app.letGo();
        assertThat(f.control.quiesce(ReferenceSpoolerTest.PATIENCE)).isTrue();
        assertThat(app.payloads()).containsExactly("stuck");
    }

    @Test
    void quiet_includes_what_callbacks_sent_while_running() {
        Recorder driver = new Recorder();
        Recorder app = new Recorder().onNotify((ref, data) -> f.api.sendNotification(ref,
                new NotificationData(ReferenceSpoolerTest.STATUS, "re: " + data.payload())));
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, driver);
        for (int n = 0; n < 100; n++) {
            f.send(ch, "q" + n);
        }
        f.quiesce();
        assertThat(driver.payloads()).hasSize(100).startsWith("re: q0").endsWith("re: q99");
    }

    @Test
    void closing_the_system_with_a_callback_stuck_returns_promptly() {
        Recorder app = new Recorder().holding();
        f.listen(Fixture.app("alice", 1), "Laser", ReferenceSpoolerTest.STATUS, app);
        ChannelRef ch = f.open("Laser", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);
        for (int n = 0; n < 10; n++) {
            f.send(ch, "n" + n);
        }
        app.awaitEntered(1);
        long started = System.nanoTime();
        f.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        // Calls after close answer and never hang; what was queued no longer counts.
        f.send(ch, "after close");
        assertThat(f.control.quiesce(Duration.ofSeconds(5))).isTrue();
    }
}
