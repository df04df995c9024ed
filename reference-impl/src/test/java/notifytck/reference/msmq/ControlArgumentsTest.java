package notifytck.reference.msmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bad argument to the control is the kit's bug: it throws, naming what was wrong. */
class ControlArgumentsTest {
    private final MsmqFixture f = MsmqFixture.virtual();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void unknown_or_null_queue_objects_are_named() {
        QueueRef bogus = new QueueRef("bogus-q1");
        assertThatThrownBy(() -> f.control.closeQueue(bogus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus-q1");
        assertThatThrownBy(() -> f.control.cursor(bogus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus-q1");
        assertThatThrownBy(() -> f.control.positionCursor(bogus, CursorPosition.END))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus-q1");
        assertThatThrownBy(() -> f.control.cursor(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        QueueRef q = f.peek("q");
        assertThatThrownBy(() -> f.control.positionCursor(q, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @Test
    void unknown_or_null_messages_and_queue_names_are_named() {
        MessageRef bogus = new MessageRef("bogus-m1");
        assertThatThrownBy(() -> f.control.setLocked(bogus, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus-m1");
        assertThatThrownBy(() -> f.control.setAllowPeekWhenLocked(null, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> f.control.removeMessage(bogus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus-m1");
        assertThat(f.control.messages("never-mentioned")).as("a queue nobody mentioned is empty").isEmpty();
        assertThatThrownBy(() -> f.control.messages(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> f.control.putMessage(null, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> f.control.openQueue(" ", MsmqConstants.MQ_PEEK_ACCESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void a_received_message_and_another_queues_message_are_refused() {
        QueueRef q = f.peek("q");
        MessageRef gone = f.put("q", "1");
        MessageRef elsewhere = f.put("other", "2");
        f.control.removeMessage(gone);
        assertThat(f.control.messages("q")).isEmpty();
        assertThatThrownBy(() -> f.control.removeMessage(gone)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(gone.handle());
        assertThatThrownBy(() -> f.control.positionCursor(q, CursorPosition.at(gone)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(gone.handle());
        assertThatThrownBy(() -> f.control.positionCursor(q, CursorPosition.at(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    }

    @Test
    void handles_of_another_instance_are_unknown_here() {
        try (MsmqFixture other = MsmqFixture.virtual()) {
            QueueRef theirs = other.peek("q");
            MessageRef theirMessage = other.put("q", "m");
            f.peek("q");
            assertThatThrownBy(() -> f.control.cursor(theirs)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.control.setLocked(theirMessage, true)).isInstanceOf(IllegalArgumentException.class);
            assertThat(f.control.messages("q")).isEmpty();
        }
    }
}
