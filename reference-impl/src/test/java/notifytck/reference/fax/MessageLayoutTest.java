package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.FEI_COMPLETED;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.FEI_IDLE;
import static notifytck.spi.fax.FaxConstants.FEI_NEVENTS;
import static notifytck.spi.fax.FaxConstants.NO_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Port;
import notifytck.reference.fax.FaxFixture.Received;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.WindowRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** WM_FAX_MESSAGE: message = MessageStart + EventId, wParam = device ID, lParam = job ID; packets instead for a port. */
class MessageLayoutTest {
    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void each_event_is_message_start_plus_event_id_with_device_and_job() {
        f.control.configureService(ServiceAccount.localSystem(true));
        Desk desk = f.new Desk("alice");
        assertThat(desk.register()).isEqualTo(FaxResult.OK);

        f.control.raiseEvent(FEI_DIALING, 3, 41);
        f.control.raiseEvent(FEI_COMPLETED, 3, 41);
        f.control.raiseEvent(FEI_IDLE, 0x10002, NO_JOB);
        f.control.raiseEvent(FEI_NEVENTS, 7, 42);
        f.quiesce();

        assertThat(desk.recorder.layouts()).containsExactly(
                new Received(START + FEI_DIALING, 3, 41),
                new Received(START + FEI_COMPLETED, 3, 41),
                new Received(START + FEI_IDLE, 0x10002, 0xFFFF_FFFFL),
                new Received(START + FEI_NEVENTS, 7, 42));
    }

    @Test
    void each_window_gets_the_event_at_its_own_message_start() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        Recorder second = new Recorder();
        WindowRef other = f.window(desk.client, f.control.defaultDesktop(desk.session), second);
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.api.faxInitializeEventQueue(desk.client, null, 0, other, 0x8000)).isEqualTo(FaxResult.OK);

        f.control.raiseEvent(FEI_DIALING, 1, 2);
        f.quiesce();

        assertThat(desk.recorder.layouts()).containsExactly(new Received(START + FEI_DIALING, 1, 2));
        assertThat(second.layouts()).containsExactly(new Received(0x8000 + FEI_DIALING, 1, 2));
    }

    @Test
    void a_port_gets_packets_with_the_key_and_no_window_gets_a_message() {
        f.control.configureService(ServiceAccount.localSystem(true));
        Desk desk = f.new Desk("alice");
        Port port = new Port();
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 0xC0FFEE, null, 0)).isEqualTo(FaxResult.OK);

        f.control.raiseEvent(FEI_DIALING, 3, 41);
        f.control.raiseEvent(FEI_IDLE, 3, NO_JOB);
        f.quiesce();

        assertThat(port.packets()).containsExactly(
                new Port.Packet(0xC0FFEE, FEI_DIALING, 3, 41),
                new Port.Packet(0xC0FFEE, FEI_IDLE, 3, NO_JOB));
        assertThat(desk.recorder.received()).isEmpty();
        assertThat(f.fax.isWindowThread(Thread.currentThread())).isFalse();
    }
}
