package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.FEI_SENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Holder;
import notifytck.reference.fax.FaxFixture.Port;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** quiesce: every message a pumping window can take has been handled, never waiting past the deadline. */
class QuiesceTest {
    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void an_idle_service_is_quiet_at_once() {
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
        assertThat(f.control.quiesce(Duration.ofMillis(-5))).isTrue();
        assertThat(f.control.quiesce(null)).isTrue();
        f.control.configureService(ServiceAccount.user("faxsvc"));
        assertThat(f.new Desk("alice").register()).isEqualTo(FaxResult.OK);
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
    }

    @Test
    void a_procedure_that_does_not_return_makes_quiesce_give_up_at_its_deadline() throws InterruptedException {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Holder holder = new Holder();
        Desk desk = f.new Desk("alice", new Recorder().reacting((w, m) -> holder.hold()));
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 1, 2);
        try {
            holder.awaitEntered();
            long started = System.nanoTime();
            assertThat(f.control.quiesce(Duration.ofMillis(200))).isFalse();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(190)).isLessThan(Duration.ofSeconds(5));
        } finally {
            holder.letGo();
        }
        f.quiesce();
        assertThat(desk.recorder.messages()).containsExactly(START + FEI_DIALING);
    }

    @Test
    void messages_waiting_on_a_window_that_does_not_pump_do_not_count_until_it_pumps() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        f.control.setPumping(desk.window, false);
        for (int job = 0; job < 20; job++) {
            f.control.raiseEvent(FEI_DIALING, 1, job);
        }
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
        f.control.setPumping(desk.window, true);
        f.quiesce();
        assertThat(desk.recorder.received()).hasSize(20);
    }

    @Test
    void quiet_includes_what_procedures_caused_while_running() {
        f.control.configureService(ServiceAccount.localSystem(true));
        AtomicInteger left = new AtomicInteger(100);
        Desk desk = f.new Desk("alice", new Recorder().reacting((w, m) -> {
            if (left.decrementAndGet() > 0) {
                f.control.raiseEvent(FEI_SENDING, 1, left.get());
            }
        }));
        Port port = new Port();
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.api.faxInitializeEventQueue(desk.client, port, 4, null, 0)).isEqualTo(FaxResult.OK);
        f.control.raiseEvent(FEI_DIALING, 1, 0);
        f.quiesce();
        assertThat(desk.recorder.received()).hasSize(100);
        assertThat(port.packets()).hasSize(100);
    }

    @Test
    void a_destroyed_window_leaves_nothing_outstanding() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        f.control.setPumping(desk.window, false);
        f.control.raiseEvent(FEI_DIALING, 1, 0);
        f.control.setPumping(desk.window, true);
        f.control.destroyWindow(desk.window);
        f.quiesce();
    }
}
