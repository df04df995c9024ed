package notifytck.steps.msmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.msmq.MsmqRecord;
import notifytck.kit.msmq.MsmqStage;
import notifytck.spi.Control;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Receive timeouts falling due at the moment messages arrive, on many queues at once: state
 * changing while a call waits, at the instant its wait ends. Whichever comes first decides the
 * call's one event; the other must find nothing left to fire.
 */
public class ExpiryRaceSteps {
    private final MsmqStage stage = MsmqStage.current();
    /** Every call the rounds made: its queue's name, its queue object's and its event's, in order. */
    private record Call(String queue, String queueObject, String event) {}

    private final List<Call> calls = new ArrayList<>();

    /**
     * Rounds, each on fresh queues with one call pending on each (a queue object and event of its
     * own): one thread moves the virtual clock past the calls' timeout while another puts a message
     * in each queue, in the order the calls were made, released together as one recorded control
     * call. The expiry and the arrivals then sweep the same queues from the same end, and meet on
     * the first of them; rounds make that start many times.
     */
    @When("^(\\d+) times in turn, (\\d+) empty queues each get a call pending on a queue object with peek access and an event of its own, "
            + "cursor (MQMSG_FIRST|MQMSG_CURRENT|MQMSG_NEXT), receive timeout (\\d+) ms, and the timeout passes while a message arrives in each of them$")
    public void rounds(int times, int queues, String cursorName, int timeoutMillis) {
        int cursor = MsmqPhrases.cursor(cursorName);
        stage.context().requireControl(Control.MSMQ_VIRTUAL_CLOCK, "@needs-virtual-clock");
        calls.clear();
        for (int n = 1; n <= times; n++) {
            List<Call> round = new ArrayList<>();
            for (int i = 1; i <= queues; i++) {
                String queue = cursorName + " round " + n + " queue " + i;
                round.add(new Call(queue, queue + "'s queue object", queue + "'s event"));
            }
            List<String> names = round.stream().map(Call::queue).toList();
            // One deadline for the round's opens and one for its calls: a hand-off each would cost more than they do.
            List<QueueRef> opened = Deadline.call("MsmqControl.openQueue x" + queues, Timeouts.batch(queues),
                    () -> names.stream().map(queue -> stage.control().openQueue(queue, MsmqConstants.MQ_PEEK_ACCESS)).toList());
            List<java.util.function.Supplier<HResult>> enables = new ArrayList<>();
            for (int i = 0; i < queues; i++) {
                Call call = round.get(i);
                QueueRef q = opened.get(i);
                stage.queue(call.queueObject(), q);
                MsmqEvent e = stage.event(call.event());
                enables.add(() -> stage.context().sut().msmq().enableNotification(q, e,
                        OptionalInt32.of(cursor), OptionalInt32.of(timeoutMillis)));
            }
            List<HResult> results = stage.enableEach(round.stream().map(Call::queueObject).toList(), round.stream().map(Call::event).toList(),
                    enables, timeoutMillis);
            for (int i = 0; i < queues; i++) {
                assertThat(results.get(i)).as("precondition: the call on %s passes its checks (S_OK)", round.get(i).queueObject()).isEqualTo(HResult.of(0));
            }
            calls.addAll(round);
            List<AllAtOnce.Party> parties = List.of(
                    () -> stage.control().advanceClock(Duration.ofMillis(timeoutMillis)),
                    () -> {
                        for (String queue : names) {
                            stage.control().putMessage(queue, "arriving in " + queue);
                        }
                    });
            long budget = Timeouts.batch(queues + 1).toMillis();
            Deadline.call("round " + n + ": MsmqControl.advanceClock by " + timeoutMillis + " ms while putMessage x" + queues,
                    Duration.ofMillis(budget + Timeouts.call().toMillis()), () -> {
                        AllAtOnce.run("clock or arrival", parties, budget, stage::historyDump);
                        return null;
                    });
        }
    }

    @Then("^each of those calls fired exactly one event, Arrived or ArrivedError MQ_ERROR_IO_TIMEOUT \\(error, 0xC00E001B\\), for its own queue object$")
    public void oneEventEach() {
        assertThat(calls).as("kit defect: no calls were made").isNotEmpty();
        stage.settle();
        List<String> wrong = new ArrayList<>();
        int arrived = 0;
        for (Call c : calls) {
            MsmqRecord e = stage.theOneEventFor(c.event(), c.queueObject()).orElse(null);
            if (e != null && e.kind() == MsmqRecord.Kind.ARRIVED) {
                arrived++;
            } else if (e == null || e.kind() != MsmqRecord.Kind.ARRIVED_ERROR || !MsmqConstants.MQ_ERROR_IO_TIMEOUT.equals(e.code())) {
                wrong.add(c.queue() + ": " + stage.fired(c.event()).stream().map(r -> r.event().toString()).toList());
            }
        }
        assertThat(wrong).as("calls (of %d; %d fired Arrived) that did not fire exactly one of the two for their own queue object",
                calls.size(), arrived).isEmpty();
    }
}
