package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.ERROR_INVALID_PARAMETER;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.WM_DESTROY;
import static notifytck.spi.fax.FaxConstants.WM_ENDSESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Holder;
import notifytck.reference.fax.FaxFixture.Received;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.WindowRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A token held for a client keeps its user from logging off; the logoff registration (same window,
 * completion key 1) closes it, also when made from WM_ENDSESSION or WM_DESTROY.
 */
class LogoffTest {
    private static final Received END_SESSION = new Received(WM_ENDSESSION, 1, 0x8000_0000L);
    private static final Received DESTROY = new Received(WM_DESTROY, 0, 0);

    private FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Desk registeredUnderUserAccount(Recorder recorder) {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice", recorder);
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        return desk;
    }

    /** A procedure that answers {@code message} with the logoff registration, and keeps what the call returned. */
    private Recorder answering(int message, AtomicReference<FaxClient> client, AtomicReference<FaxResult> answer) {
        return new Recorder().reacting((window, m) -> {
            if (m == message) {
                answer.set(f.api.faxInitializeEventQueue(client.get(), null, 1, window, 0));
            }
        });
    }

    @Test
    void an_open_token_blocks_the_logoff_after_the_windows_got_wm_endsession() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        assertThat(f.control.logoff(desk.session)).isFalse();
        assertThat(desk.recorder.layouts()).containsExactly(END_SESSION);
        assertThat(f.control.holdsTokenOf(desk.client)).isTrue();

        // Blocked: the session and its windows carry on.
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(desk.recorder.messages()).containsExactly(WM_ENDSESSION, START + FEI_DIALING);
        assertThat(f.control.logoff(desk.session)).as("still blocked").isFalse();
    }

    @Test
    void the_logoff_registration_with_the_same_window_closes_the_token_and_lets_the_logoff_complete() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        assertThat(desk.logoffRegistration()).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();

        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(desk.recorder.received()).as("no more messages to that window").isEmpty();

        assertThat(f.control.logoff(desk.session)).isTrue();
        assertThat(desk.recorder.layouts()).containsExactly(END_SESSION);
        // The session's windows are gone.
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, desk.window, START))
                .isEqualTo(FaxResult.failed(ERROR_INVALID_PARAMETER));
        assertThatThrownBy(() -> f.control.setPumping(desk.window, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.control.logoff(desk.session)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logged off");
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
    }

    @Test
    void the_logoff_registration_ignores_message_start() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 1, desk.window, START + 99)).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
        assertThat(f.control.logoff(desk.session)).isTrue();
    }

    @Test
    void the_key_1_call_with_another_window_leaves_the_token_open() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        Recorder otherRecorder = new Recorder();
        WindowRef other = f.window(desk.client, f.control.defaultDesktop(desk.session), otherRecorder);

        f.api.faxInitializeEventQueue(desk.client, null, 1, other, START);
        assertThat(f.control.holdsTokenOf(desk.client)).isTrue();
        assertThat(f.control.logoff(desk.session)).isFalse();

        // The first window is still registered.
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(desk.recorder.messages()).contains(START + FEI_DIALING);
    }

    @Test
    void the_same_window_with_another_key_leaves_the_token_open() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 2, desk.window, 0))
                .isEqualTo(FaxResult.failed(ERROR_INVALID_PARAMETER));
        assertThat(f.control.holdsTokenOf(desk.client)).isTrue();
        assertThat(f.control.logoff(desk.session)).isFalse();
    }

    @Test
    void a_procedure_answering_wm_endsession_with_the_logoff_registration_lets_the_logoff_complete() {
        AtomicReference<FaxClient> client = new AtomicReference<>();
        AtomicReference<FaxResult> answer = new AtomicReference<>();
        Desk desk = registeredUnderUserAccount(answering(WM_ENDSESSION, client, answer));
        client.set(desk.client);

        assertThat(f.control.logoff(desk.session)).isTrue();
        assertThat(answer.get()).isEqualTo(FaxResult.OK);
        assertThat(desk.recorder.layouts()).containsExactly(END_SESSION);
        assertThat(desk.recorder.received().get(0).thread()).matches(f.fax::isWindowThread, "a window thread");
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
    }

    @Test
    void a_procedure_answering_wm_destroy_with_the_logoff_registration_lets_the_logoff_complete() {
        AtomicReference<FaxClient> client = new AtomicReference<>();
        AtomicReference<FaxResult> answer = new AtomicReference<>();
        Desk desk = registeredUnderUserAccount(answering(WM_DESTROY, client, answer));
        client.set(desk.client);

        f.control.destroyWindow(desk.window);
        assertThat(answer.get()).as("the handle is valid during WM_DESTROY").isEqualTo(FaxResult.OK);
        assertThat(desk.recorder.layouts()).containsExactly(DESTROY);
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
        assertThat(f.control.logoff(desk.session)).isTrue();
    }

    @Test
    void a_window_destroyed_without_the_logoff_registration_leaves_the_token_for_good() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        f.control.destroyWindow(desk.window);
        assertThat(desk.recorder.layouts()).containsExactly(DESTROY);
        assertThat(desk.logoffRegistration()).as("the handle is invalid now")
                .isEqualTo(FaxResult.failed(ERROR_INVALID_PARAMETER));
        assertThat(f.control.logoff(desk.session)).isFalse();
    }

    @Test
    void wm_destroy_reaches_a_window_that_does_not_pump_and_queued_messages_are_dropped() {
        Desk desk = registeredUnderUserAccount(new Recorder());
        f.control.setPumping(desk.window, false);
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.control.destroyWindow(desk.window);
        f.quiesce();
        assertThat(desk.recorder.layouts()).containsExactly(DESTROY);
    }

    @Test
    void a_procedure_may_destroy_its_own_window() {
        AtomicReference<FaxClient> client = new AtomicReference<>();
        Recorder recorder = new Recorder();
        recorder.reacting((window, m) -> {
            if (m == START + FEI_DIALING) {
                f.control.destroyWindow(window);
            } else if (m == WM_DESTROY) {
                f.api.faxInitializeEventQueue(client.get(), null, 1, window, 0);
            }
        });
        Desk desk = registeredUnderUserAccount(recorder);
        client.set(desk.client);
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(desk.recorder.messages()).containsExactly(START + FEI_DIALING, WM_DESTROY);
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
    }

    @Test
    void under_local_system_the_logoff_completes_without_any_call() {
        f.control.configureService(ServiceAccount.localSystem(true));
        Desk desk = f.new Desk("alice");
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.control.logoff(desk.session)).isTrue();
        assertThat(desk.recorder.layouts()).containsExactly(END_SESSION);
    }

    @Test
    void a_window_that_does_not_pump_does_not_handle_wm_endsession() {
        AtomicReference<FaxClient> client = new AtomicReference<>();
        AtomicReference<FaxResult> answer = new AtomicReference<>();
        Desk desk = registeredUnderUserAccount(answering(WM_ENDSESSION, client, answer));
        client.set(desk.client);
        f.control.setPumping(desk.window, false);

        assertThat(f.control.logoff(desk.session)).isFalse();
        assertThat(desk.recorder.received()).isEmpty();
        assertThat(answer.get()).isNull();

        f.control.setPumping(desk.window, true);
        assertThat(f.control.logoff(desk.session)).isTrue();
        assertThat(answer.get()).isEqualTo(FaxResult.OK);
    }

    @Test
    void every_window_of_the_session_gets_wm_endsession_and_other_sessions_are_untouched() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk alice = f.new Desk("alice");
        Recorder kiosk = new Recorder();
        f.window(alice.client, f.control.createDesktop(alice.session, "Kiosk"), kiosk);
        Recorder second = new Recorder();
        f.window(f.control.startClient(alice.session), f.control.defaultDesktop(alice.session), second);
        Desk bob = f.new Desk("bob");
        assertThat(bob.register()).isEqualTo(FaxResult.OK);

        assertThat(f.control.logoff(alice.session)).isTrue();
        assertThat(alice.recorder.layouts()).containsExactly(END_SESSION);
        assertThat(kiosk.layouts()).containsExactly(END_SESSION);
        assertThat(second.layouts()).containsExactly(END_SESSION);
        assertThat(bob.recorder.received()).isEmpty();
        assertThat(f.control.holdsTokenOf(bob.client)).isTrue();
    }

    @Test
    void a_hung_procedure_delays_the_logoff_only_until_the_deadline() throws InterruptedException {
        f.close();
        f = new FaxFixture(new ReferenceFax(ReferenceFax.WINDOW_THREADS, Duration.ofMillis(300)));
        Holder holder = new Holder();
        Desk desk = registeredUnderUserAccount(new Recorder().reacting((w, m) -> {
            if (m == WM_ENDSESSION) {
                holder.hold();
            }
        }));
        try {
            long started = System.nanoTime();
            assertThat(f.control.logoff(desk.session)).isFalse();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            holder.awaitEntered();
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofSeconds(10));
        } finally {
            holder.letGo();
        }
        f.quiesce();
    }

    @Test
    void the_logoff_registration_closes_only_its_windows_token() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        WindowRef second = f.window(desk.client, f.control.defaultDesktop(desk.session), new Recorder());
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, second, START)).isEqualTo(FaxResult.OK);

        assertThat(desk.logoffRegistration()).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(desk.client)).as("the second window's token").isTrue();
        assertThat(f.control.logoff(desk.session)).isFalse();
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 1, second, 0)).isEqualTo(FaxResult.OK);
        assertThat(f.control.logoff(desk.session)).isTrue();
    }
}
