package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.NEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The usual MSMQ pattern: an Arrived handler enables notification again. No lock is held around a handler. */
class ReentrancyTest {
    private final MsmqFixture f = MsmqFixture.virtual();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_handler_that_re_enables_with_next_walks_every_message_once() {
        QueueRef q = f.peek("q");
        Thread test = Thread.currentThread();
        Recorder walker = new Recorder();
        walker.onArrived(ref -> assertThat(f.enable(ref, walker, NEXT, INFINITE).value()).isZero());
        f.ok(q, walker, NEXT, INFINITE);

        List<MessageRef> sent = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            sent.add(f.put("q", "m" + n));
        }
        f.quiesce();
        assertThat(walker.outcomes()).hasSize(100).containsOnly("Arrived");
        assertThat(walker.received()).allSatisfy(r -> {
            assertThat(r.thread()).isNotSameAs(test);
            assertThat(f.msmq.isEventThread(r.thread())).isTrue();
        });
        assertThat(f.msmq.pendingNotifications()).as("the last re-enable waits at END").isEqualTo(1);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);
        assertThat(f.control.messages("q")).containsExactlyElementsOf(sent);
        assertThat(f.msmq.handlerFailures()).isZero();
    }
}
