package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.IO_TIMEOUT;
import static notifytck.reference.msmq.MsmqFixture.NEXT;
import static notifytck.reference.msmq.MsmqFixture.NOT_FOUND;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** NEXT advances before the call returns; CURRENT/NEXT walk the cursor forward; FIRST looks from the head. */
class CursorTest {
    private final MsmqFixture f = MsmqFixture.virtual();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void next_advances_the_cursor_before_the_call_returns() {
        QueueRef q = f.peek("q");
        MessageRef m1 = f.put("q", "1");
        MessageRef m2 = f.put("q", "2");
        // Handlers are held so that nothing asynchronous can have run when the cursor is read.
        Recorder held = new Recorder().holding();

        f.ok(q, held, NEXT, INFINITE);
        assertThat(f.cursor(q)).as("UNPOSITIONED advances to the first message").isEqualTo(CursorPosition.at(m1));
        f.ok(q, held, NEXT, INFINITE);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m2));
        f.ok(q, held, NEXT, ms(0));
        assertThat(f.cursor(q)).as("past the last message").isEqualTo(CursorPosition.END);
        f.ok(q, held, NEXT, ms(0));
        assertThat(f.cursor(q)).as("END stays END").isEqualTo(CursorPosition.END);

        held.letGo();
        f.quiesce();
        assertThat(held.outcomes()).containsExactly("Arrived", "Arrived", NOT_FOUND, NOT_FOUND);
        assertThat(f.control.messages("q")).as("a peek removes nothing").containsExactly(m1, m2);
    }

    @Test
    void next_on_an_empty_queue_goes_to_end_and_waits_for_the_next_message() {
        QueueRef q = f.peek("q");
        Recorder e = new Recorder();
        f.ok(q, e, NEXT, INFINITE);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);
        MessageRef m = f.put("q", "new");
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).as("the cursor moved onto the message that arrived").isEqualTo(CursorPosition.at(m));
    }

    @Test
    void current_on_a_fresh_cursor_starts_at_the_first_message_and_skips_what_is_not_suitable() {
        QueueRef q = f.peek("q");
        MessageRef m1 = f.put("q", "1");
        MessageRef m2 = f.put("q", "2");
        MessageRef m3 = f.put("q", "3");
        f.control.setLocked(m1, true);
        f.control.setLocked(m2, true);
        Recorder e = new Recorder();
        f.ok(q, e, CURRENT, ms(0));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m3));

        // CURRENT again peeks the same message: the cursor stays on it.
        f.ok(q, e, CURRENT, ms(0));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived", "Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m3));
        assertThat(f.control.messages("q")).containsExactly(m1, m2, m3);
    }

    @Test
    void first_looks_from_the_head_and_leaves_the_cursor_where_it_is() {
        QueueRef q = f.peek("q");
        MessageRef m1 = f.put("q", "1");
        MessageRef m2 = f.put("q", "2");
        f.control.setLocked(m1, true);
        f.control.positionCursor(q, CursorPosition.END);

        Recorder first = new Recorder();
        f.ok(q, first, FIRST, ms(0));
        Recorder current = new Recorder();
        f.ok(q, current, CURRENT, ms(0));
        f.quiesce();
        assertThat(first.outcomes()).as("m2 is suitable from the head").containsExactly("Arrived");
        assertThat(current.outcomes()).as("the cursor is past every message").containsExactly(NOT_FOUND);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);

        QueueRef fresh = f.peek("q");
        f.ok(fresh, first, FIRST, ms(0));
        f.quiesce();
        assertThat(f.cursor(fresh)).isEqualTo(CursorPosition.UNPOSITIONED);
        assertThat(f.control.messages("q")).containsExactly(m1, m2);
    }

    @Test
    void a_cursor_at_end_does_not_see_a_message_put_while_nobody_waited() {
        QueueRef q = f.peek("q");
        f.put("q", "1");
        Recorder e = new Recorder();
        f.ok(q, e, NEXT, ms(0));
        f.ok(q, e, NEXT, ms(0));
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);
        f.put("q", "2"); // appended before the END sentinel
        f.ok(q, e, CURRENT, ms(0));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived", NOT_FOUND, NOT_FOUND);
    }

    @Test
    void a_message_unlocked_behind_a_waiting_cursor_is_not_looked_at_again() {
        QueueRef q = f.peek("q");
        MessageRef locked = f.put("q", "1");
        f.control.setLocked(locked, true);
        Recorder cursorWaiter = new Recorder();
        f.ok(q, cursorWaiter, CURRENT, INFINITE);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);
        Recorder firstWaiter = new Recorder();
        f.ok(f.peek("q"), firstWaiter, FIRST, INFINITE);

        f.control.setLocked(locked, false);
        f.quiesce();
        assertThat(firstWaiter.outcomes()).containsExactly("Arrived");
        assertThat(cursorWaiter.received()).isEmpty();
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);

        MessageRef m2 = f.put("q", "2");
        f.quiesce();
        assertThat(cursorWaiter.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m2));
    }

    @Test
    void every_notification_waiting_on_one_cursor_moves_it_once_and_all_arrive() {
        QueueRef q = f.peek("q");
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        f.ok(q, a, CURRENT, INFINITE);
        f.ok(q, b, NEXT, ms(500));
        QueueRef other = f.peek("q");
        Recorder c = new Recorder();
        f.ok(other, c, NEXT, INFINITE);

        MessageRef m = f.put("q", "x");
        f.advance(1_000);
        f.quiesce();
        assertThat(a.outcomes()).containsExactly("Arrived");
        assertThat(b.outcomes()).as("its timer was cancelled when it arrived").containsExactly("Arrived");
        assertThat(c.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m));
        assertThat(f.cursor(other)).isEqualTo(CursorPosition.at(m));
        assertThat(f.msmq.pendingNotifications()).isZero();
        assertThat(f.msmq.scheduledTimeouts()).isZero();
    }

    @Test
    void a_cursor_on_a_received_message_steps_to_the_one_that_followed() {
        QueueRef q = f.peek("q");
        MessageRef m1 = f.put("q", "1");
        MessageRef m2 = f.put("q", "2");
        f.control.positionCursor(q, CursorPosition.at(m1));
        f.control.removeMessage(m1);
        Recorder current = new Recorder();
        f.ok(q, current, CURRENT, ms(0));
        f.quiesce();
        assertThat(current.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m2));

        f.control.positionCursor(q, CursorPosition.at(m2));
        f.control.removeMessage(m2);
        Recorder next = new Recorder();
        f.ok(q, next, NEXT, ms(0));
        f.quiesce();
        assertThat(next.outcomes()).containsExactly(NOT_FOUND);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);
    }

    @Test
    void the_cursor_path_times_out_at_t_from_the_call_and_stays_at_end() {
        QueueRef q = f.peek("q");
        f.advance(500);
        Recorder e = new Recorder();
        f.ok(q, e, NEXT, ms(1_000));
        f.advance(999);
        f.quiesce();
        assertThat(e.received()).isEmpty();
        f.advance(1);
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);
        f.put("q", "late");
        f.quiesce();
        assertThat(e.outcomes()).containsExactly(IO_TIMEOUT);
        assertThat(f.cursor(q)).as("nobody waits on it any more").isEqualTo(CursorPosition.END);
    }

    @Test
    void repositioning_a_waiting_cursor_lets_its_notification_search_from_there() {
        QueueRef q = f.peek("q");
        MessageRef m1 = f.put("q", "1");
        f.control.positionCursor(q, CursorPosition.END);
        Recorder e = new Recorder();
        f.ok(q, e, CURRENT, INFINITE);
        f.quiesce();
        assertThat(e.received()).isEmpty();
        f.control.positionCursor(q, CursorPosition.at(m1));
        f.quiesce();
        assertThat(e.outcomes()).containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.at(m1));
    }
}
