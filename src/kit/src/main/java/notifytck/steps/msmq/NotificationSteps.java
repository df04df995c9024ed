package notifytck.steps.msmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.History.Recorded;
import notifytck.kit.Timeouts;
import notifytck.kit.msmq.MsmqRecord;
import notifytck.kit.msmq.MsmqStage;
import notifytck.spi.Control;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import notifytck.steps.Documented;

/** EnableNotification calls, time passing, and the events they fire, judged on the history. */
public class NotificationSteps {
    private final MsmqStage stage = MsmqStage.current();

    @When("^\"([^\"]+)\" enables notification (?:on event \"([^\"]+)\"|with a null event)(?:, cursor (MQMSG_FIRST|MQMSG_CURRENT|MQMSG_NEXT|-?\\d+))?(?:, receive timeout (INFINITE|\\d+) ?m?s?)?$")
    public void enable(String queueObject, String eventName, String cursor, String timeout) {
        QueueRef q = stage.queue(queueObject);
        MsmqEvent event = eventName == null ? null : stage.event(eventName);
        OptionalInt32 c = cursor == null ? OptionalInt32.NOT_GIVEN : OptionalInt32.of(MsmqPhrases.cursor(cursor));
        OptionalInt32 t = timeout == null ? OptionalInt32.NOT_GIVEN
                : OptionalInt32.of(timeout.equals("INFINITE") ? MsmqConstants.INFINITE : Integer.parseInt(timeout));
        Integer finite = t.given() && t.value() >= 0 ? t.value() : null;
        stage.enable(queueObject, eventName, () -> stage.context().sut().msmq().enableNotification(q, event, c, t), finite);
    }

    @When("^(\\d+) (ms|days?) pass(?:es)?$")
    public void pass(long amount, String unit) {
        Duration d = unit.equals("ms") ? Duration.ofMillis(amount) : Duration.ofDays(amount);
        if (d.compareTo(Duration.ofMinutes(1)) > 0) {
            stage.context().requireControl(Control.MSMQ_VIRTUAL_CLOCK, "@needs-virtual-clock");
        }
        stage.pass(d);
    }

    /** The events of the last calls made at once, in the order the calls were numbered. */
    private List<String> callsAtOnce = List.of();
    private String queueOfCallsAtOnce;

    /**
     * Calls on one queue object from several threads at once, each with an event object of its
     * own, made straight on the adapter (a lost cursor step needs many calls to show). Every call
     * must pass its checks: the one recorded call for the lot fails otherwise.
     */
    @When("^\"([^\"]+)\" makes (\\d+) MQMSG_NEXT calls with receive timeout 0 from (\\d+) threads at once, each on an event of its own$")
    public void nextCallsAtOnce(String queueObject, int calls, int threads) {
        if (calls % threads != 0) {
            throw new IllegalArgumentException("the calls (" + calls + ") must divide evenly among the threads (" + threads + ")");
        }
        QueueRef q = stage.queue(queueObject);
        List<String> names = IntStream.rangeClosed(1, calls).mapToObj(i -> queueObject + " call " + i).toList();
        List<MsmqEvent> events = names.stream().map(stage::event).toList();
        AtomicReference<String> refused = new AtomicReference<>();
        // The threads meet before each round of calls: on a loaded machine threads started together
        // may still run one after the other, and calls that never overlap cannot show a race.
        CyclicBarrier round = new CyclicBarrier(threads);
        long meetWithin = Timeouts.call().toMillis();
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parties.add(() -> {
                for (int i = first; i < calls; i += threads) {
                    round.await(meetWithin, TimeUnit.MILLISECONDS);
                    HResult r = stage.context().sut().msmq().enableNotification(q, events.get(i),
                            OptionalInt32.of(MsmqConstants.MQMSG_NEXT), OptionalInt32.of(0));
                    if (r == null || r.value() != 0) { // S_OK, as REQ-MSMQ-ENABLE-004 has it for a call that passed its checks
                        refused.compareAndSet(null, names.get(i) + " returned " + r);
                    }
                }
            });
        }
        // A call that hangs still shows within a deadline, at the barrier.
        long budget = Timeouts.batch(calls).toMillis();
        Deadline.call(queueObject + ": " + calls + " EnableNotification calls from " + threads + " threads",
                java.time.Duration.ofMillis(budget + Timeouts.call().toMillis()), () -> {
                    AllAtOnce.run("EnableNotification", parties, budget, stage::historyDump);
                    return null;
                });
        assertThat(refused.get()).as("a call that should have passed every check\n%s", stage.historyDump()).isNull();
        callsAtOnce = names;
        queueOfCallsAtOnce = queueObject;
    }

    @Then("^each of those calls' events has fired exactly Arrived for \"([^\"]+)\"$")
    public void eachCallArrived(String queueObject) {
        assertThat(queueObject).as("the queue object the calls were made on").isEqualTo(queueOfCallsAtOnce);
        stage.settle();
        String handle = stage.queue(queueObject).handle();
        for (String name : callsAtOnce) {
            List<Recorded<MsmqRecord>> fired = stage.fired(name);
            assertThat(fired).as("events fired for %s (one call fires exactly one)", name).hasSize(1);
            assertThat(fired.get(0).event().kind()).as("the event fired for %s", name).isEqualTo(MsmqRecord.Kind.ARRIVED);
            assertThat(fired.get(0).event().queueHandle()).as("the queue object named in Arrived for %s", name).isEqualTo(handle);
        }
    }

    @Then("^event \"([^\"]+)\" has fired nothing$")
    public void firedNothing(String eventName) {
        stage.settle();
        // In real time the kit may look later than the scenario's nominal time; the one event that
        // may then already be there is a timeout that came no earlier than it was due. Everything
        // else (an Arrived, a not-found, an early timeout) is judged whenever it came.
        Integer timeout = stage.timeoutOf(eventName);
        long dueNanos = timeout == null ? Long.MAX_VALUE
                : stage.armedNanos(eventName) + java.time.Duration.ofMillis(timeout).minus(MsmqStage.early()).toNanos();
        assertThat(stage.fired(eventName).stream().filter(r -> stage.virtualClock()
                        || !(MsmqConstants.MQ_ERROR_IO_TIMEOUT.equals(r.event().code()) && r.nanos() - dueNanos >= 0)).toList())
                .as("events fired on \"%s\"\n%s", eventName, stage.historyDump()).isEmpty();
    }

    @Then("^event \"([^\"]+)\" has fired exactly Arrived for \"([^\"]+)\"$")
    public void firedArrived(String eventName, String queueObject) {
        Recorded<MsmqRecord> only = exactlyOne(eventName);
        assertThat(only.event().kind()).as("the event fired on \"%s\"\n%s", eventName, stage.historyDump()).isEqualTo(MsmqRecord.Kind.ARRIVED);
        assertThat(only.event().queueHandle()).as("the queue object named in Arrived").isEqualTo(stage.queue(queueObject).handle());
    }

    /** For an event object two calls share: each call's event, no more, no fewer. */
    @Then("^event \"([^\"]+)\" has fired Arrived for \"([^\"]+)\" (\\d+) times, and nothing else$")
    public void firedArrivedTimes(String eventName, String queueObject, int times) {
        stage.settle();
        List<Recorded<MsmqRecord>> fired = stage.fired(eventName);
        String dump = stage.historyDump();
        assertThat(fired).as("events fired on \"%s\"\n%s", eventName, dump).hasSize(times);
        for (Recorded<MsmqRecord> r : fired) {
            assertThat(r.event().kind()).as("an event fired on \"%s\"\n%s", eventName, dump).isEqualTo(MsmqRecord.Kind.ARRIVED);
            assertThat(r.event().queueHandle()).as("the queue object named in Arrived").isEqualTo(stage.queue(queueObject).handle());
        }
    }

    @Then("^event \"([^\"]+)\" has fired exactly ArrivedError " + Documented.HRESULT + " for \"([^\"]+)\"$")
    public void firedError(String eventName, String name, String severity, String hex, String queueObject) {
        HResult expected = Documented.hresult(name, severity, hex);
        Recorded<MsmqRecord> only = exactlyOne(eventName);
        assertArrivedError(eventName, only, expected, queueObject);
        Integer timeout = stage.timeoutOf(eventName);
        if (!stage.virtualClock() && timeout != null && expected.equals(MsmqConstants.MQ_ERROR_IO_TIMEOUT)) {
            long firedAfterMs = Duration.ofNanos(only.nanos() - stage.armedNanos(eventName)).toMillis();
            assertThat(firedAfterMs).as("ms from the call to MQ_ERROR_IO_TIMEOUT (timeout %d ms, allowed early by %d ms)",
                    timeout, MsmqStage.early().toMillis()).isGreaterThanOrEqualTo(timeout - MsmqStage.early().toMillis());
        }
    }

    /** Two ends a reading allows (REQ-MSMQ-ENABLE-026): one event, naming the queue object, Arrived or that error. */
    @Then("^event \"([^\"]+)\" has fired exactly one event for \"([^\"]+)\": Arrived, or ArrivedError " + Documented.HRESULT + "$")
    public void firedArrivedOrError(String eventName, String queueObject, String name, String severity, String hex) {
        Recorded<MsmqRecord> only = exactlyOne(eventName);
        if (only.event().kind() == MsmqRecord.Kind.ARRIVED) {
            assertThat(only.event().queueHandle()).as("the queue object named in Arrived\n%s", stage.historyDump())
                    .isEqualTo(stage.queue(queueObject).handle());
        } else {
            assertArrivedError(eventName, only, Documented.hresult(name, severity, hex), queueObject);
        }
    }

    /**
     * Before anything could arrive: no event yet, or that error already (REQ-MSMQ-ENABLE-026's cancel
     * at the close). An Arrived with nothing in the queue fails here, so a later "Arrived, or
     * ArrivedError" is an Arrived that came after a message did.
     */
    @Then("^event \"([^\"]+)\" has fired nothing, or exactly ArrivedError " + Documented.HRESULT + " for \"([^\"]+)\"$")
    public void firedNothingOrError(String eventName, String name, String severity, String hex, String queueObject) {
        stage.settle();
        List<Recorded<MsmqRecord>> fired = stage.fired(eventName);
        assertThat(fired).as("events fired on \"%s\" (none yet, or one)\n%s", eventName, stage.historyDump()).hasSizeLessThanOrEqualTo(1);
        if (!fired.isEmpty()) {
            assertArrivedError(eventName, fired.get(0), Documented.hresult(name, severity, hex), queueObject);
        }
    }

    /** One ArrivedError, with the ErrorCode and the queue object a rule expects. */
    private void assertArrivedError(String eventName, Recorded<MsmqRecord> event, HResult expected, String queueObject) {
        String dump = stage.historyDump();
        assertThat(event.event().kind()).as("the event fired on \"%s\"\n%s", eventName, dump).isEqualTo(MsmqRecord.Kind.ARRIVED_ERROR);
        assertThat(event.event().code()).as("ArrivedError's ErrorCode %s\n%s", MsmqConstants.nearMiss(expected, event.event().code()), dump)
                .isEqualTo(expected);
        assertThat(event.event().queueHandle()).as("the queue object named in ArrivedError\n%s", dump).isEqualTo(stage.queue(queueObject).handle());
    }

    /**
     * An event fired on the caller's thread, or one the call waited for, fails here; the latter
     * because the kit records events only once the call's return is recorded, so a call that waits
     * for its event deadlocks into the call's deadline. An event handed over on another thread while
     * the call is returning is indistinguishable from one after it, for any client, and passes.
     */
    @Then("^event \"([^\"]+)\" fired after the call returned, on a thread that made no call$")
    public void firedAfterAndElsewhere(String eventName) {
        Recorded<MsmqRecord> only = exactlyOne(eventName);
        List<Recorded<MsmqRecord>> calls = stage.all().stream().filter(r -> r.event().kind() == MsmqRecord.Kind.CALL_RETURNED).toList();
        String dump = stage.historyDump();
        assertThat(calls).as("calls made").isNotEmpty();
        assertThat(only.seq()).as("the event came after the call that armed it returned\n%s", dump).isGreaterThan(calls.get(calls.size() - 1).seq());
        assertThat(stage.callThreads()).as("threads that made calls, which must not fire events\n%s", dump).doesNotContain(only.thread());
        // Also none of the kit's own threads, which make the control calls (a message put, a lock released).
        assertThat(only.thread()).as("the thread the event fired on\n%s", dump).doesNotStartWith("notifytck-caller-");
    }

    @Then("^the cursor of \"([^\"]+)\" is (already )?(?:at \"([^\"]+)\"|(at the end)|not positioned)$")
    public void cursorIs(String name, String already, String body, String end) {
        if (already == null) {
            stage.settle();
        }
        new QueueSteps().cursorIs(name, body, end);
    }

    private Recorded<MsmqRecord> exactlyOne(String eventName) {
        stage.awaitDue("an event on \"" + eventName + "\"", () -> !stage.fired(eventName).isEmpty());
        List<Recorded<MsmqRecord>> fired = stage.fired(eventName);
        assertThat(fired).as("events fired on \"%s\" (one call fires exactly one)\n%s", eventName, stage.historyDump()).hasSize(1);
        return fired.get(0);
    }
}
