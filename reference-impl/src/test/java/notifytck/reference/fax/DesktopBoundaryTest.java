package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Port;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.WindowRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages do not cross desktops: where each service account's posts can land. */
class DesktopBoundaryTest {
    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** Alice with windows on her interactive desktop and on a desktop of her own; Bob in another session. */
    private final class World {
        final Desk alice = f.new Desk("alice");
        final Recorder kiosk = new Recorder();
        final WindowRef kioskWindow = f.window(alice.client, f.control.createDesktop(alice.session, "Kiosk"), kiosk);
        final Desk bob = f.new Desk("bob");

        World registerAll() {
            assertThat(alice.register()).isEqualTo(FaxResult.OK);
            assertThat(f.api.faxInitializeEventQueue(alice.client, null, 0, kioskWindow, START)).isEqualTo(FaxResult.OK);
            assertThat(bob.register()).isEqualTo(FaxResult.OK);
            f.control.raiseEvent(FEI_DIALING, 1, 2);
            f.quiesce();
            return this;
        }
    }

    @Test
    void local_system_without_interaction_reaches_no_user_desktop_though_registration_succeeds() {
        World w = new World().registerAll();
        assertThat(w.alice.recorder.received()).isEmpty();
        assertThat(w.kiosk.received()).isEmpty();
        assertThat(w.bob.recorder.received()).isEmpty();
    }

    @Test
    void local_system_with_interaction_reaches_the_interactive_desktops_only() {
        f.control.configureService(ServiceAccount.localSystem(true));
        World w = new World().registerAll();
        assertThat(w.alice.recorder.messages()).containsExactly(START + FEI_DIALING);
        assertThat(w.bob.recorder.messages()).containsExactly(START + FEI_DIALING);
        assertThat(w.kiosk.received()).isEmpty();
    }

    @Test
    void a_user_account_reaches_every_desktop_of_the_clients_own_session() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        World w = new World().registerAll();
        assertThat(w.alice.recorder.messages()).containsExactly(START + FEI_DIALING);
        assertThat(w.kiosk.messages()).containsExactly(START + FEI_DIALING);
        assertThat(w.bob.recorder.messages()).containsExactly(START + FEI_DIALING);
    }

    @Test
    void a_user_account_does_not_reach_a_window_in_another_session() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        World w = new World();
        assertThat(f.api.faxInitializeEventQueue(w.alice.client, null, 0, w.bob.window, START)).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(w.bob.recorder.received()).isEmpty();
    }

    @Test
    void the_account_in_force_when_the_event_happens_decides() {
        World w = new World();
        assertThat(w.alice.register()).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 1, 1);
        f.control.configureService(ServiceAccount.localSystem(true));
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.control.configureService(ServiceAccount.localSystem(false));
        f.control.raiseEvent(FEI_DIALING, 1, 3);
        f.quiesce();
        assertThat(w.alice.recorder.received()).extracting(FaxFixture.Received::lParam).containsExactly(2L);
    }

    @Test
    void completion_packets_are_not_bound_to_desktops() {
        World w = new World();
        Port port = new Port();
        assertThat(f.api.faxInitializeEventQueue(w.alice.client, port, 5, null, 0)).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();
        assertThat(port.packets()).containsExactly(new Port.Packet(5, FEI_DIALING, 1, 2));
    }
}
