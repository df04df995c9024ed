package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.ERROR_INVALID_PARAMETER;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.WM_USER;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Port;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.WindowRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FALSE with ERROR_INVALID_PARAMETER, nothing registered and no token opened, for every malformed call. */
class ParameterChecksTest {
    private static final FaxResult INVALID = FaxResult.failed(ERROR_INVALID_PARAMETER);

    private final FaxFixture f = new FaxFixture();
    private Desk desk;
    private final Port port = new Port();

    @BeforeEach
    void userAccount() {
        // Under a user account a wrongly accepted messages call would also show as a token.
        f.control.configureService(ServiceAccount.user("faxsvc"));
        desk = f.new Desk("alice");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void assertNothingRegistered() {
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(desk.recorder.received()).as("window messages").isEmpty();
        assertThat(port.packets()).as("packets").isEmpty();
        assertThat(f.control.holdsTokenOf(desk.client)).as("token").isFalse();
    }

    @Test
    void both_a_port_and_a_window() {
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 7, desk.window, START)).isEqualTo(INVALID);
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 7, desk.window, 0)).isEqualTo(INVALID);
        assertNothingRegistered();
    }

    @Test
    void neither_a_port_nor_a_window() {
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 7, null, START)).isEqualTo(INVALID);
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, null, 0)).isEqualTo(INVALID);
        assertNothingRegistered();
    }

    @Test
    void a_message_start_at_or_below_wm_user() {
        for (int start : new int[] {WM_USER, WM_USER - 1, 0, -1, Integer.MIN_VALUE}) {
            assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, desk.window, start)).as("start %d", start)
                    .isEqualTo(INVALID);
        }
        assertNothingRegistered();
    }

    @Test
    void just_above_wm_user_is_accepted() {
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, desk.window, WM_USER + 1)).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 0, 0);
        f.quiesce();
        assertThat(desk.recorder.messages()).containsExactly(WM_USER + 1 + FEI_DIALING);
    }

    @Test
    void a_port_with_a_message_start() {
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 7, null, START)).isEqualTo(INVALID);
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 7, null, 1)).isEqualTo(INVALID);
        assertNothingRegistered();
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 7, null, 0)).isEqualTo(FaxResult.OK);
    }

    @Test
    void a_window_that_does_not_exist() {
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, new WindowRef("0xDEAD"), START))
                .isEqualTo(INVALID);
        assertNothingRegistered();
    }

    @Test
    void a_window_of_another_instance() {
        try (FaxFixture other = new FaxFixture()) {
            Desk elsewhere = other.new Desk("alice");
            assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, elsewhere.window, START)).isEqualTo(INVALID);
        }
        assertNothingRegistered();
    }

    @Test
    void a_destroyed_window() {
        WindowRef gone = f.window(desk.client, f.control.defaultDesktop(desk.session), new Recorder());
        f.control.destroyWindow(gone);
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, gone, START)).isEqualTo(INVALID);
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 1, gone, 0)).as("logoff registration").isEqualTo(INVALID);
        assertNothingRegistered();
    }

    @Test
    void no_client_or_a_client_this_instance_never_started() {
        assertThat(f.api.faxInitializeEventQueue(null, null, 0, desk.window, START)).isEqualTo(INVALID);
        assertThat(f.api.faxInitializeEventQueue(new FaxClient("nobody", desk.session), null, 0, desk.window, START))
                .isEqualTo(INVALID);
        assertNothingRegistered();
    }

    @Test
    void a_logoff_registration_for_a_window_never_registered_is_an_ordinary_call() {
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 1, desk.window, 0)).isEqualTo(INVALID);
        assertNothingRegistered();
    }
}
