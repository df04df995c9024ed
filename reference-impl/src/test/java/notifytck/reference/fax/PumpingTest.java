package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.FEI_RINGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Holder;
import notifytck.reference.fax.FaxFixture.Received;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting never waits for a window; a window that stops pumping gets its messages, in order, when it pumps again. */
class PumpingTest {
    private final FaxFixture f = new FaxFixture();
    private Desk stopped;
    private Desk pumping;

    @BeforeEach
    void twoUsers() {
        f.control.configureService(ServiceAccount.localSystem(true));
        stopped = f.new Desk("alice");
        pumping = f.new Desk("bob");
        assertThat(stopped.register()).isEqualTo(FaxResult.OK);
        assertThat(pumping.register()).isEqualTo(FaxResult.OK);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<Received> dialing(int from, int to) {
        List<Received> expected = new ArrayList<>();
        for (int job = from; job < to; job++) {
            expected.add(new Received(START + FEI_DIALING, 1, job));
        }
        return expected;
    }

    @Test
    void a_window_that_stops_pumping_holds_nothing_up_and_gets_everything_in_order_later() {
        f.control.setPumping(stopped.window, false);
        for (int job = 0; job < 100; job++) {
            f.control.raiseEvent(FEI_DIALING, 1, job);
        }
        assertThat(f.control.quiesce(FaxFixture.PATIENCE)).as("messages on a window that does not pump are not due")
                .isTrue();
        assertThat(pumping.recorder.layouts()).containsExactlyElementsOf(dialing(0, 100));
        assertThat(stopped.recorder.received()).isEmpty();

        f.control.setPumping(stopped.window, true);
        f.quiesce();
        assertThat(stopped.recorder.layouts()).containsExactlyElementsOf(dialing(0, 100));
        assertThat(stopped.recorder.overlapped()).isFalse();
    }

    @Test
    void messages_posted_after_pumping_resumes_come_after_the_ones_that_waited() {
        f.control.setPumping(stopped.window, false);
        IntStream.range(0, 10).forEach(job -> f.control.raiseEvent(FEI_DIALING, 1, job));
        f.control.setPumping(stopped.window, true);
        IntStream.range(10, 20).forEach(job -> f.control.raiseEvent(FEI_DIALING, 1, job));
        f.quiesce();
        assertThat(stopped.recorder.layouts()).containsExactlyElementsOf(dialing(0, 20));
    }

    @Test
    void a_window_stuck_in_its_procedure_holds_up_neither_the_service_nor_other_windows() throws InterruptedException {
        Holder holder = new Holder();
        Recorder stuckRecorder = new Recorder().reacting((w, m) -> {
            if (m == START + FEI_RINGING) {
                holder.hold();
            }
        });
        Desk stuck = f.new Desk("carol", stuckRecorder);
        assertThat(stuck.register()).isEqualTo(FaxResult.OK);
        try {
            f.control.raiseEvent(FEI_RINGING, 1, 0);
            holder.awaitEntered();
            for (int job = 0; job < 50; job++) {
                f.control.raiseEvent(FEI_DIALING, 1, job);
            }
            await().atMost(FaxFixture.PATIENCE).until(() -> pumping.recorder.messages().size() == 51
                    && stopped.recorder.messages().size() == 51);
            assertThat(f.control.quiesce(Duration.ofMillis(100))).as("carol's procedure has not returned").isFalse();
            assertThat(stuck.recorder.messages()).containsExactly(START + FEI_RINGING);
        } finally {
            holder.letGo();
        }
        f.quiesce();
        assertThat(stuck.recorder.messages()).hasSize(51);
        assertThat(stuck.recorder.layouts().subList(1, 51)).containsExactlyElementsOf(dialing(0, 50));
    }

    @Test
    void stopping_and_starting_again_and_again_loses_nothing_and_keeps_the_order() {
        for (int job = 0; job < 200; job++) {
            if (job % 7 == 0) {
                f.control.setPumping(stopped.window, job % 2 == 0);
            }
            f.control.raiseEvent(FEI_DIALING, 1, job);
        }
        f.control.setPumping(stopped.window, true);
        f.quiesce();
        assertThat(stopped.recorder.layouts()).containsExactlyElementsOf(dialing(0, 200));
        assertThat(stopped.recorder.overlapped()).isFalse();
    }
}
