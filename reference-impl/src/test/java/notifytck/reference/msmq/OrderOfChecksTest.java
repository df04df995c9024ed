package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.NEXT;
import static notifytck.reference.msmq.MsmqFixture.NOT_GIVEN;
import static notifytck.reference.msmq.MsmqFixture.S_OK;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.msmq.MsmqFixture.Recorder;
import notifytck.spi.HResult;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synchronous checks, in the list's order; a failing call does nothing else. */
class OrderOfChecksTest {
    private final MsmqFixture f = MsmqFixture.virtual();
    private final Recorder event = new Recorder();

    @AfterEach
    void close() {
        f.close();
    }

    private QueueRef closedUninitialized() {
        QueueRef q = f.control.uninitializedQueue("orders");
        f.control.closeQueue(q);
        return q;
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, -1, 0x7FFF_FFFF, Integer.MIN_VALUE})
    void a_bad_cursor_is_refused_before_anything_else(int cursor) {
        // Uninitialized, closed, no event, no peek access: the cursor check still answers first.
        assertThat(f.enable(closedUninitialized(), null, OptionalInt32.of(cursor), INFINITE))
                .isEqualTo(MsmqConstants.E_INVALIDARG);
    }

    @Test
    void not_initialized_comes_before_closed_null_event_and_access() {
        assertThat(f.enable(closedUninitialized(), null, NEXT, INFINITE)).isEqualTo(MsmqConstants.OLE_E_BLANK);
    }

    @Test
    void closed_comes_before_a_null_event() {
        QueueRef q = f.control.openQueue("orders", MsmqConstants.MQ_SEND_ACCESS);
        f.control.closeQueue(q);
        assertThat(f.enable(q, null, FIRST, INFINITE)).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE);
        assertThat(f.enable(q, event, FIRST, INFINITE)).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE);
    }

    @Test
    void a_null_event_comes_before_access() {
        QueueRef q = f.control.openQueue("orders", MsmqConstants.MQ_RECEIVE_ACCESS);
        assertThat(f.enable(q, null, CURRENT, ms(0))).isEqualTo(MsmqConstants.E_INVALIDARG);
    }

    @ParameterizedTest
    @ValueSource(ints = {MsmqConstants.MQ_RECEIVE_ACCESS, MsmqConstants.MQ_SEND_ACCESS,
            MsmqConstants.MQ_RECEIVE_ACCESS | MsmqConstants.MQ_ADMIN_ACCESS, MsmqConstants.MQ_ADMIN_ACCESS,
            MsmqConstants.MQ_PEEK_ACCESS | MsmqConstants.MQ_RECEIVE_ACCESS, 0})
    void only_peek_and_peek_admin_access_may_enable(int access) {
        QueueRef q = f.control.openQueue("orders", access);
        assertThat(f.enable(q, event, FIRST, INFINITE)).isEqualTo(MsmqConstants.MQ_ERROR_ACCESS_DENIED);
    }

    @ParameterizedTest
    @ValueSource(ints = {MsmqConstants.MQ_PEEK_ACCESS, MsmqConstants.MQ_PEEK_ADMIN_ACCESS})
    void peek_and_peek_admin_succeed_with_exactly_s_ok(int access) {
        f.put("orders", "a");
        QueueRef q = f.control.openQueue("orders", access);
        HResult hr = f.enable(q, event, NOT_GIVEN, NOT_GIVEN);
        assertThat(hr.value()).isZero();
        f.quiesce();
        assertThat(event.outcomes()).containsExactly("Arrived");
    }

    @Test
    void a_failing_call_moves_no_cursor_fires_nothing_and_waits_for_nothing() {
        MessageRef m1 = f.put("orders", "a");
        f.put("orders", "b");
        QueueRef refused = f.control.openQueue("orders", MsmqConstants.MQ_RECEIVE_ACCESS);
        f.control.positionCursor(refused, CursorPosition.at(m1));
        assertThat(f.enable(refused, event, NEXT, INFINITE)).isEqualTo(MsmqConstants.MQ_ERROR_ACCESS_DENIED);
        assertThat(f.cursor(refused)).isEqualTo(CursorPosition.at(m1));

        QueueRef closed = f.peek("orders");
        f.control.closeQueue(closed);
        assertThat(f.enable(closed, event, NEXT, ms(10))).isEqualTo(MsmqConstants.MQ_ERROR_INVALID_HANDLE);
        assertThat(f.cursor(closed)).isEqualTo(CursorPosition.UNPOSITIONED);

        QueueRef open = f.peek("orders");
        assertThat(f.enable(open, null, NEXT, ms(10))).isEqualTo(MsmqConstants.E_INVALIDARG);
        assertThat(f.cursor(open)).isEqualTo(CursorPosition.UNPOSITIONED);

        f.put("orders", "c");
        f.advance(1_000);
        f.quiesce();
        assertThat(event.received()).isEmpty();
        assertThat(f.msmq.pendingNotifications()).isZero();
        assertThat(f.msmq.scheduledTimeouts()).isZero();
    }

    @Test
    void a_queue_object_the_adapter_never_issued_is_an_invalid_argument_not_an_exception() {
        assertThat(f.enable(null, event, FIRST, INFINITE)).isEqualTo(MsmqConstants.E_INVALIDARG);
        assertThat(f.enable(new QueueRef("nonsense"), event, FIRST, INFINITE)).isEqualTo(MsmqConstants.E_INVALIDARG);
        try (MsmqFixture other = MsmqFixture.virtual()) {
            QueueRef theirs = other.peek("orders");
            assertThat(f.enable(theirs, event, FIRST, INFINITE)).isEqualTo(MsmqConstants.E_INVALIDARG);
        }
        f.quiesce();
        assertThat(event.received()).isEmpty();
    }

    @Test
    void no_cursor_means_first_and_no_timeout_means_infinite() {
        QueueRef q = f.peek("orders");
        MessageRef m1 = f.put("orders", "a");
        f.control.positionCursor(q, CursorPosition.END);
        f.ok(q, event, NOT_GIVEN, NOT_GIVEN);
        f.quiesce();
        assertThat(event.outcomes()).as("FIRST ignores a cursor at END").containsExactly("Arrived");
        assertThat(f.cursor(q)).isEqualTo(CursorPosition.END);

        Recorder waiting = new Recorder();
        f.control.setLocked(m1, true);
        f.ok(q, waiting, NOT_GIVEN, NOT_GIVEN);
        f.advance(Integer.toUnsignedLong(MsmqConstants.INFINITE) + 1);
        f.quiesce();
        assertThat(waiting.received()).isEmpty();
        assertThat(f.msmq.pendingNotifications()).isEqualTo(1);
        assertThat(f.msmq.scheduledTimeouts()).as("INFINITE is never on the timer queue").isZero();
        assertThat(f.enable(q, event, OptionalInt32.of(MsmqConstants.MQMSG_FIRST), ms(0))).isEqualTo(S_OK);
    }
}
