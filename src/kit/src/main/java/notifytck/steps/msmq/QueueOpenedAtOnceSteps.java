package notifytck.steps.msmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.msmq.MsmqStage;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Applications opening a queue no one has opened yet, at the same moment: second parties on the
 * first mention of a name. Every queue object must refer to the one queue of that name, so a
 * message that later arrives in it wakes the calls made on each. The opens are released by a
 * spin ({@link AllAtOnce#runSpinStarted}), since a queue manager that looks the name up and makes
 * the queue in two steps leaves a window of a few statements.
 */
public class QueueOpenedAtOnceSteps {
    private final MsmqStage stage = MsmqStage.current();
    private final List<MsmqStage.MadeCall> calls = new ArrayList<>();

    @When("^(\\d+) times in turn, (\\d+) applications open a queue no one has opened yet at the same moment, each with peek access, each makes a call "
            + "with an event of its own, cursor MQMSG_FIRST and receive timeout INFINITE, and then another client puts a message in that queue$")
    public void openAtOnce(int times, int applications) {
        for (int n = 1; n <= times; n++) {
            String queue = "queue opened at once " + n;
            Map<Integer, QueueRef> opened = new ConcurrentHashMap<>();
            List<AllAtOnce.Party> parties = new ArrayList<>();
            for (int a = 1; a <= applications; a++) {
                int app = a;
                parties.add(() -> opened.put(app, stage.control().openQueue(queue, MsmqConstants.MQ_PEEK_ACCESS)));
            }
            AllAtOnce.runSpinStarted("open of round " + n, parties, Timeouts.call().toMillis(), stage::historyDump);
            for (int a = 1; a <= applications; a++) {
                QueueRef q = opened.get(a);
                assertThat(q).as("the queue object round %d's application %d opened", n, a).isNotNull();
                String object = "application " + a + "'s queue object on " + queue;
                stage.queue(object, q);
                String event = object + "'s event";
                HResult r = stage.enable(object, event, () -> stage.context().sut().msmq().enableNotification(q, stage.event(event),
                        OptionalInt32.of(MsmqConstants.MQMSG_FIRST), OptionalInt32.of(MsmqConstants.INFINITE)), null);
                calls.add(new MsmqStage.MadeCall(object, event, r));
            }
            String body = "round " + n;
            Deadline.call("MsmqControl.putMessage", () -> stage.control().putMessage(queue, body));
        }
    }

    @Then("^each of the calls on a queue opened at once returned S_OK and fired exactly one event, Arrived, for its own queue object$")
    public void oneArrivedEach() {
        stage.assertEachArrivedOnce(calls, "calls on a queue several applications opened at once");
    }
}
