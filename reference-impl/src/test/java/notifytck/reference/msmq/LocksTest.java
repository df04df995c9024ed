package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.IO_TIMEOUT;
import static notifytck.reference.msmq.MsmqFixture.NOT_FOUND;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A locked message is suitable only with AllowPeekWhenLocked; releasing either way wakes FIRST waiters. */
class LocksTest {
    private final MsmqFixture f = MsmqFixture.virtual();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_locked_message_is_not_suitable_unless_it_allows_peeking() {
        QueueRef q = f.peek("q");
        MessageRef m = f.put("q", "1");
        f.control.setLocked(m, true);
        Recorder e = new Recorder();
        f.ok(q, e, FIRST, ms(0));
        f.ok(f.peek("q"), e, CURRENT, ms(0));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(NOT_FOUND, NOT_FOUND);

        f.control.setAllowPeekWhenLocked(m, true);
        Recorder after = new Recorder();
        f.ok(q, after, FIRST, ms(0));
        QueueRef fresh = f.peek("q");
        f.ok(fresh, after, CURRENT, ms(0));
        f.quiesce();
        assertThat(after.outcomes()).containsExactly("Arrived", "Arrived");
        assertThat(f.cursor(fresh)).isEqualTo(CursorPosition.at(m));
    }

    @Test
    void releasing_the_lock_wakes_every_first_waiter_for_the_same_message() {
        MessageRef m = f.put("q", "1");
        f.control.setLocked(m, true);
        List<Recorder> waiters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Recorder r = new Recorder();
            waiters.add(r);
            f.ok(f.peek("q"), r, FIRST, i % 2 == 0 ? INFINITE : ms(10_000));
        }
        f.quiesce();
        assertThat(waiters).allSatisfy(r -> assertThat(r.received()).isEmpty());

        f.control.setLocked(m, false);
        f.advance(20_000);
        f.quiesce();
        assertThat(waiters).allSatisfy(r -> assertThat(r.outcomes()).containsExactly("Arrived"));
        assertThat(f.control.messages("q")).containsExactly(m);
        assertThat(f.msmq.scheduledTimeouts()).isZero();
    }

    @Test
    void allowing_peek_on_a_locked_message_wakes_a_first_waiter() {
        MessageRef m = f.put("q", "1");
        f.control.setLocked(m, true);
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, FIRST, ms(1_000));
        f.advance(400);
        f.control.setAllowPeekWhenLocked(m, true);
        f.advance(600);
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived");
    }

    @Test
    void changes_that_leave_no_suitable_message_wake_nobody() {
        MessageRef m = f.put("q", "1");
        f.control.setLocked(m, true);
        Recorder e = new Recorder();
        f.ok(f.peek("q"), e, FIRST, ms(1_000));
        f.control.setLocked(m, true);
        f.control.setAllowPeekWhenLocked(m, false);
        f.control.removeMessage(m);
        f.quiesce();
        assertThat(e.received()).isEmpty();
        f.advance(1_000);
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
    }

    @Test
    void a_cursor_search_skips_a_locked_message_unless_it_allows_peeking() {
        QueueRef q = f.peek("q");
        MessageRef m1 = f.put("q", "1");
        MessageRef m2 = f.put("q", "2");
        f.control.setLocked(m1, true);
        f.control.setAllowPeekWhenLocked(m2, true);
        f.control.setLocked(m2, true);
        Recorder e = new Recorder();
        f.ok(q, e, CURRENT, ms(0));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m2));
    }
}
