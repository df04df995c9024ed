package notifytck.reference.fax;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's own mistakes are IllegalArgumentExceptions that say what was wrong. */
class ControlArgumentsTest {
    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void service_accounts() {
        assertThatThrownBy(() -> f.control.configureService(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account");
        assertThatThrownBy(() -> f.control.configureService(new ServiceAccount(false, true, "faxsvc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interact");
        assertThatThrownBy(() -> f.control.configureService(new ServiceAccount(false, false, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> f.control.configureService(new ServiceAccount(true, false, "faxsvc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalSystem");
    }

    @Test
    void sessions_desktops_clients_and_windows() {
        Desk desk = f.new Desk("alice");
        assertThatThrownBy(() -> f.control.logon(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user");
        assertThatThrownBy(() -> f.control.defaultDesktop(new SessionRef("nope", "alice")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session");
        assertThatThrownBy(() -> f.control.createDesktop(desk.session, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("desktop name");
        assertThatThrownBy(() -> f.control.createDesktop(desk.session, "WinSta0\\Default"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has");
        assertThatThrownBy(() -> f.control.startClient(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session");
        assertThatThrownBy(() -> f.control.createWindow(new FaxClient("x", desk.session),
                f.control.defaultDesktop(desk.session), new Recorder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client");
        assertThatThrownBy(() -> f.control.createWindow(desk.client, new DesktopRef("d", "WinSta0\\Default"),
                new Recorder())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("desktop");
        assertThatThrownBy(() -> f.control.createWindow(desk.client, f.control.defaultDesktop(desk.session), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("procedure");
        SessionRef bob = f.control.logon("bob");
        assertThatThrownBy(() -> f.control.createWindow(desk.client, f.control.defaultDesktop(bob), new Recorder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the client's session");
        assertThatThrownBy(() -> f.control.setPumping(new WindowRef("0x1"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> f.control.holdsTokenOf(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client");
        assertThatThrownBy(() -> f.control.logoff(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session");
    }

    @Test
    void destroying_a_window_twice() {
        Desk desk = f.new Desk("alice");
        f.control.destroyWindow(desk.window);
        assertThatThrownBy(() -> f.control.destroyWindow(desk.window)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void event_ids() {
        assertThatThrownBy(() -> f.control.raiseEvent(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eventId 0");
        assertThatThrownBy(() -> f.control.raiseEvent(28, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eventId 28");
    }
}
