package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.FEI_FAXSVC_ENDED;
import static notifytck.spi.fax.FaxConstants.NO_JOB;
import static notifytck.spi.fax.FaxConstants.WM_ENDSESSION;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Port;
import notifytck.reference.fax.FaxFixture.Received;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FEI_FAXSVC_ENDED to every registered window, every token closed, and nothing afterwards. */
class ServiceEndTest {
    private static final Received ENDED = new Received(START + FEI_FAXSVC_ENDED, 0, 0xFFFF_FFFFL);

    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void every_registered_window_gets_fei_faxsvc_ended_and_every_token_is_closed() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk alice = f.new Desk("alice");
        Desk bob = f.new Desk("bob");
        Desk unregistered = f.new Desk("carol");
        assertThat(alice.register()).isEqualTo(FaxResult.OK);
        assertThat(bob.register()).isEqualTo(FaxResult.OK);

        f.control.stopService();
        f.quiesce();

        assertThat(alice.recorder.layouts()).containsExactly(ENDED);
        assertThat(bob.recorder.layouts()).containsExactly(ENDED);
        assertThat(unregistered.recorder.received()).isEmpty();
        assertThat(f.control.holdsTokenOf(alice.client)).isFalse();
        assertThat(f.control.holdsTokenOf(bob.client)).isFalse();
    }

    @Test
    void nothing_is_posted_after_the_service_ended() {
        f.control.configureService(ServiceAccount.localSystem(true));
        Desk desk = f.new Desk("alice");
        Port port = new Port();
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 9, null, 0)).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 1, 2);

        f.control.stopService();
        f.control.raiseEvent(FEI_DIALING, 1, 3);
        f.control.stopService();
        f.quiesce();

        assertThat(desk.recorder.layouts()).containsExactly(new Received(START + FEI_DIALING, 1, 2), ENDED);
        assertThat(port.packets()).containsExactly(new Port.Packet(9, FEI_DIALING, 1, 2),
                new Port.Packet(9, FEI_FAXSVC_ENDED, 0, NO_JOB));
        assertThat(desk.register().succeeded()).as("a stopped service takes no registration").isFalse();
        f.control.raiseEvent(FEI_DIALING, 1, 4);
        f.quiesce();
        assertThat(desk.recorder.received()).hasSize(2);
    }

    @Test
    void a_window_that_does_not_pump_gets_fei_faxsvc_ended_when_it_pumps_again() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        f.control.setPumping(desk.window, false);
        f.control.stopService();
        f.quiesce();
        assertThat(desk.recorder.received()).isEmpty();
        f.control.setPumping(desk.window, true);
        f.quiesce();
        assertThat(desk.recorder.layouts()).containsExactly(ENDED);
    }

    @Test
    void after_the_service_ended_the_logoff_completes_without_the_client_calling_anything() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(desk.client)).isTrue();
        f.control.stopService();
        assertThat(f.control.logoff(desk.session)).isTrue();
        assertThat(desk.recorder.messages()).containsExactly(START + FEI_FAXSVC_ENDED, WM_ENDSESSION);
    }
}
