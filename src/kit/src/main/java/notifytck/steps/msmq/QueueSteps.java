package notifytck.steps.msmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.stream.Collectors;
import notifytck.kit.Deadline;
import notifytck.kit.msmq.MsmqStage;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.QueueRef;

/** Queues, queue objects in each state the checks read, messages, locks and cursors (SUT control). */
public class QueueSteps {
    private final MsmqStage stage = MsmqStage.current();

    @Given("^the queue \"([^\"]+)\" is empty$")
    public void empty(String queue) {
        assertThat(messages(queue)).as("messages in a queue the scenario calls empty").isEmpty();
    }

    @Given("^the queue \"([^\"]+)\" holds the messages (\".*)$")
    public void holds(String queue, String list) {
        for (String body : notifytck.steps.Quoted.list(list)) {
            put(queue, body);
        }
    }

    /** Many messages at once, named with a prefix and their place, e.g. "m1" to "m1001". */
    @Given("^the queue \"([^\"]+)\" holds (\\d+) messages, \"([a-z]+)1\" to \"\\3\\2\"$")
    public void holdsNumbered(String queue, int count, String prefix) {
        // One deadline for the lot: a hand-off to a deadline thread per message would cost more than the puts.
        List<MessageRef> refs = Deadline.call("MsmqControl.putMessage x" + count, notifytck.kit.Timeouts.batch(count), () -> {
            List<MessageRef> made = new java.util.ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                made.add(stage.control().putMessage(queue, prefix + i));
            }
            return made;
        });
        for (int i = 1; i <= count; i++) {
            stage.message(prefix + i, refs.get(i - 1));
        }
    }

    @When("^the message \"([^\"]+)\" arrives in \"([^\"]+)\"$")
    public void arrives(String body, String queue) {
        put(queue, body);
        stage.keptBeforePendingTimeouts("the message \"" + body + "\"", System.nanoTime());
    }

    @Given("^\"([^\"]+)\" is a queue object for \"([^\"]+)\" opened with (peek|peek-admin|receive|receive-admin|send) access$")
    public void open(String name, String queue, String access) {
        int value = switch (access) {
            case "peek" -> MsmqConstants.MQ_PEEK_ACCESS;
            case "peek-admin" -> MsmqConstants.MQ_PEEK_ADMIN_ACCESS;
            case "receive" -> MsmqConstants.MQ_RECEIVE_ACCESS;
            case "receive-admin" -> MsmqConstants.MQ_RECEIVE_ACCESS | MsmqConstants.MQ_ADMIN_ACCESS;
            default -> MsmqConstants.MQ_SEND_ACCESS;
        };
        QueueRef q = Deadline.call("MsmqControl.openQueue", () -> stage.control().openQueue(queue, value));
        stage.queue(name, q);
    }

    @Given("^\"([^\"]+)\" is a queue object for \"([^\"]+)\" that is not initialized$")
    public void uninitialized(String name, String queue) {
        QueueRef q = Deadline.call("MsmqControl.uninitializedQueue", () -> stage.control().uninitializedQueue(queue));
        stage.queue(name, q);
    }

    @Given("^\"([^\"]+)\" is closed$")
    public void closed(String name) {
        stage.controlCall("MsmqControl.closeQueue", () -> stage.control().closeQueue(stage.queue(name)));
    }

    @Given("^the message \"([^\"]+)\" is locked$")
    public void locked(String body) {
        stage.controlCall("MsmqControl.setLocked", () -> stage.control().setLocked(stage.message(body), true));
    }

    @When("^the lock on \"([^\"]+)\" is released$")
    public void unlocked(String body) {
        stage.controlCall("MsmqControl.setLocked", () -> stage.control().setLocked(stage.message(body), false));
    }

    @Given("^another client has received the message \"([^\"]+)\"$")
    public void receivedByAnother(String body) {
        stage.controlCall("MsmqControl.removeMessage", () -> stage.control().removeMessage(stage.message(body)));
    }

    @Given("^the message \"([^\"]+)\" may be peeked while locked$")
    public void peekWhenLocked(String body) {
        stage.controlCall("MsmqControl.setAllowPeekWhenLocked", () -> stage.control().setAllowPeekWhenLocked(stage.message(body), true));
    }

    @Given("^the cursor of \"([^\"]+)\" is put (?:at \"([^\"]+)\"|(at the end)|not positioned)$")
    public void position(String name, String body, String end) {
        CursorPosition p = position(body, end);
        stage.controlCall("MsmqControl.positionCursor", () -> stage.control().positionCursor(stage.queue(name), p));
    }

    public void cursorIs(String name, String body, String end) {
        CursorPosition expected = position(body, end);
        CursorPosition actual = Deadline.observe("MsmqControl.cursor", () -> stage.control().cursor(stage.queue(name)));
        assertThat(describe(actual)).as("the cursor of \"%s\"\n%s", name, stage.historyDump()).isEqualTo(describe(expected));
    }

    /** Where the document leaves two positions defensible (a fresh cursor's first advance). */
    @Then("^the cursor of \"([^\"]+)\" is at \"([^\"]+)\" or at \"([^\"]+)\"$")
    public void cursorIsEither(String name, String first, String second) {
        stage.settle();
        CursorPosition actual = Deadline.observe("MsmqControl.cursor", () -> stage.control().cursor(stage.queue(name)));
        assertThat(describe(actual)).as("the cursor of \"%s\"\n%s", name, stage.historyDump())
                .isIn("at \"" + first + "\"", "at \"" + second + "\"");
    }

    @Then("^the queue \"([^\"]+)\" holds exactly (\".*)$")
    public void holdsExactly(String queue, String list) {
        List<String> expected = notifytck.steps.Quoted.list(list);
        // Without quiesce a read is repeated until it matches, then judged again after the quiet window.
        stage.eventually("\"" + queue + "\" to hold " + expected, () -> bodies(queue).equals(expected));
        assertThat(bodies(queue)).as("messages in \"%s\", head first", queue).containsExactlyElementsOf(expected);
    }

    private List<String> bodies(String queue) {
        return messages(queue).stream().map(stage::bodyOf).collect(Collectors.toList());
    }

    private CursorPosition position(String body, String end) {
        if (body != null) {
            return CursorPosition.at(stage.message(body));
        }
        return end != null ? CursorPosition.END : CursorPosition.UNPOSITIONED;
    }

    private String describe(CursorPosition p) {
        return p.kind() == CursorPosition.Kind.AT ? "at \"" + stage.bodyOf(p.message()) + "\"" : p.kind().toString();
    }

    private List<MessageRef> messages(String queue) {
        return Deadline.observe("MsmqControl.messages", () -> stage.control().messages(queue));
    }

    private void put(String queue, String body) {
        MessageRef m = Deadline.call("MsmqControl.putMessage", () -> stage.control().putMessage(queue, body));
        stage.message(body, m);
    }
}
