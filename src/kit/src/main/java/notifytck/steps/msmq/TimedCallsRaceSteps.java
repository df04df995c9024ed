package notifytck.steps.msmq;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.msmq.MsmqStage;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Timed calls ended by arrivals on several queues at once: a second party on a queue of its own.
 * An implementation keeps every queue's pending timeouts in one place (one timer), so one queue's
 * arrival cancelling its call's timeout meets another queue's call arming one, and another
 * arrival cancelling. Each call must still fire exactly one Arrived.
 */
public class TimedCallsRaceSteps {
    private final MsmqStage stage = MsmqStage.current();
    private final List<MsmqStage.MadeCall> calls = new ArrayList<>();

    @When("^(\\d+) applications at once, each on an empty queue of its own opened with peek access, (\\d+) times in turn make a call with an event "
            + "of its own, cursor MQMSG_FIRST and receive timeout (\\d+) ms, then put a message in the queue and, once the call fired, remove it$")
    public void timedCallsAtOnce(int applications, int times, int timeoutMillis) {
        calls.clear();
        List<String> names = new ArrayList<>();
        for (int a = 1; a <= applications; a++) {
            names.add("application " + a + "'s queue");
        }
        List<QueueRef> opened = Deadline.call("MsmqControl.openQueue x" + applications, Timeouts.batch(applications),
                () -> names.stream().map(queue -> stage.control().openQueue(queue, MsmqConstants.MQ_PEEK_ACCESS)).toList());
        for (int a = 0; a < applications; a++) {
            stage.queue(names.get(a), opened.get(a));
        }
        long eventually = Timeouts.eventually().toNanos();
        // Round by round, all applications released together: each round starts them at the same moment, and a round
        // that hangs (a corrupted timer can spin for ever) fails within one round's budget, not the whole run's.
        long budget = Timeouts.batch(applications * 3).toMillis() + Timeouts.eventually().toMillis();
        for (int n = 1; n <= times; n++) {
            int round = n;
            MsmqStage.MadeCall[] made = new MsmqStage.MadeCall[applications];
            List<AllAtOnce.Party> parties = new ArrayList<>();
            for (int a = 0; a < applications; a++) {
                String queue = names.get(a);
                QueueRef q = opened.get(a);
                int app = a;
                parties.add(() -> {
                    String event = queue + ", call " + round + "'s event";
                    HResult r = stage.enable(queue, event, () -> stage.context().sut().msmq().enableNotification(q, stage.event(event),
                            OptionalInt32.of(MsmqConstants.MQMSG_FIRST), OptionalInt32.of(timeoutMillis)), timeoutMillis);
                    made[app] = new MsmqStage.MadeCall(queue, event, r);
                    MessageRef m = stage.control().putMessage(queue, "for call " + round);
                    // Removed only once the call fired: a message gone before the search saw it would leave the call waiting, rightly.
                    if (!stage.recorded().awaitUntil(() -> !stage.fired(event).isEmpty(), eventually, eventually)) {
                        throw new AssertionError("the call for " + event + " fired nothing within " + Timeouts.eventually().toMillis()
                                + " ms of the message that arrived in its empty queue");
                    }
                    stage.control().removeMessage(m);
                });
            }
            Deadline.call("round " + n + ": " + applications + " timed calls, puts and removes at once",
                    java.time.Duration.ofMillis(budget + Timeouts.call().toMillis()), () -> {
                        AllAtOnce.run("timed call, put and remove", parties, budget, stage::historyDump);
                        return null;
                    });
            calls.addAll(List.of(made));
        }
    }

    @Then("^each of those calls returned S_OK and fired exactly one event, Arrived, for its own queue object$")
    public void oneArrivedEach() {
        stage.assertEachArrivedOnce(calls, "timed calls ended by arrivals on several queues at once");
    }
}
