package notifytck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.ReferenceImplementation;
import notifytck.reference.ReferenceWithoutQuiesce;
import notifytck.run.Check;
import notifytck.run.ConformanceRun;
import notifytck.run.RuleStatus;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
import notifytck.spi.Control;
import notifytck.spi.NotificationImplementation;
import org.junit.jupiter.api.Test;

/**
 * The kit's real-time path: the MSMQ features against the reference with its system clock (no
 * virtual clock declared). Every scenario passes except those that span days, which must be
 * reported not applicable rather than passed or failed. Run twice: with the quiesce control, and
 * without it, as most real systems are; only then must the timer thread fire every timeout by
 * itself, since quiesce fires what is due (mutants of the timer survived the first run alone).
 */
class RealTimeMsmqTest {
    @Test
    void theMsmqFeaturesPassInRealTimeAndTheMultiDayOnesAreNotApplicable() {
        judge(ReferenceImplementation.realTime());
    }

    @Test
    void withoutQuiesceTheTimerThreadFiresEveryTimeoutByItself() {
        var implementation = ReferenceWithoutQuiesce.realTime();
        assertThat(implementation.capabilities().supports(Control.MSMQ_QUIESCE)).isFalse();
        judge(implementation);
    }

    /**
     * A loaded machine, as the kit sees it: every message it puts lands 400 ms late, past the
     * 300 ms receive timeouts of the scenarios that put one in time. The implementation then
     * rightly times out first; the kit must see that it did not keep the scenario's timing and
     * leave the scenario unjudged, never fail the implementation for it.
     */
    @Test
    void aMessageTheKitPutsTooLateLeavesTheScenarioUnjudgedNotFailed() {
        NotificationImplementation reference = ReferenceImplementation.realTime();
        NotificationImplementation late = new NotificationImplementation() {
            @Override
            public String name() {
                return "reference with late puts";
            }

            @Override
            public notifytck.spi.Capabilities capabilities() {
                return reference.capabilities();
            }

            @Override
            public notifytck.spi.SystemUnderTest start() {
                notifytck.spi.SystemUnderTest inner = reference.start();
                notifytck.spi.msmq.MsmqControl lateControl = new notifytck.variants.msmq.ForwardingMsmqControl(inner.msmqControl()) {
                    @Override
                    public notifytck.spi.msmq.MessageRef putMessage(String queueName, String body) {
                        // The kit's thread held up by the machine, not a wait of the test's: the put itself comes late.
                        java.util.concurrent.locks.LockSupport.parkNanos(400_000_000L);
                        return super.putMessage(queueName, body);
                    }
                };
                return new notifytck.spi.SystemUnderTest() {
                    @Override
                    public notifytck.spi.msmq.MsmqAdapter msmq() {
                        return inner.msmq();
                    }

                    @Override
                    public notifytck.spi.msmq.MsmqControl msmqControl() {
                        return lateControl;
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }
        };
        String inTime = "On the cursor path a message arriving at the end in time fires Arrived and the cursor moves onto it";
        Verdict v = ConformanceRun.run(RunSettings.of(late).withSelect("@REQ-MSMQ-ENABLE-017 and @scenario"));
        var checks = v.rules().stream().flatMap(r -> r.checks().stream()).distinct().toList();
        assertThat(checks).filteredOn(c -> c.outcome() == Check.Outcome.FAILED).as("failed for the kit's lateness").isEmpty();
        assertThat(checks).filteredOn(c -> c.name().equals(inTime)).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.NOT_APPLICABLE);
            assertThat(c.firstFailure()).contains("real time could not be kept", "the message \"m2\"", "300 ms receive timeout", "scenario has it at 100 ms");
        });
    }

    private static void judge(NotificationImplementation implementation) {
        assertThat(implementation.capabilities().supports(Control.MSMQ_VIRTUAL_CLOCK)).isFalse();
        Verdict v = ConformanceRun.run(RunSettings.of(implementation).withSelect("@msmq and @scenario"));
        var checks = v.rules().stream().flatMap(r -> r.checks().stream()).distinct().toList();
        assertThat(v.rules().stream().filter(r -> r.status() == RuleStatus.FAIL)).as("rules failing in real time").isEmpty();
        assertThat(checks).filteredOn(c -> c.outcome() == Check.Outcome.FAILED).isEmpty();
        // A scenario whose timing the loaded machine did not let the kit keep says so and is not judged; a few may, not many.
        var late = checks.stream().filter(c -> c.outcome() == Check.Outcome.NOT_APPLICABLE && c.firstFailure().contains("real time could not be kept")).toList();
        assertThat(late).as("scenarios not judged because the kit came late").hasSizeLessThanOrEqualTo(3);
        // Exactly the scenarios the features tag as needing the virtual clock, found by their tag rather than counted by hand.
        var tagged = ConformanceRun.run(RunSettings.of(implementation).withSelect("@msmq and @scenario and @needs-virtual-clock")).rules().stream()
                .flatMap(r -> r.checks().stream()).map(Check::location).distinct().toList();
        assertThat(tagged).as("scenarios tagged @needs-virtual-clock").isNotEmpty();
        assertThat(checks.stream().filter(c -> c.outcome() == Check.Outcome.NOT_APPLICABLE && !late.contains(c)).map(Check::location).toList())
                .as("scenarios not applicable in real time, other than late ones: those tagged @needs-virtual-clock")
                .containsExactlyInAnyOrderElementsOf(tagged);
        assertThat(checks).filteredOn(c -> c.outcome() == Check.Outcome.PASSED).hasSizeGreaterThan(40);
        assertThat(checks).as("scenarios that neither passed nor were not applicable")
                .allMatch(c -> c.outcome() == Check.Outcome.PASSED || c.outcome() == Check.Outcome.NOT_APPLICABLE);
        // A rule some of whose scenarios need the clock says so: partial, never hidden as not applicable or passed.
        assertThat(v.rules()).filteredOn(r -> r.status() == RuleStatus.PARTIAL).isNotEmpty();
        // A timer thread left running after its instance closed is a leak the run reports.
        assertThat(v.incidents()).as("incidents outside the rules").isEmpty();
    }
}
