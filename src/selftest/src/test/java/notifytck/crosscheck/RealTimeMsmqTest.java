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

    private static void judge(NotificationImplementation implementation) {
        assertThat(implementation.capabilities().supports(Control.MSMQ_VIRTUAL_CLOCK)).isFalse();
        Verdict v = ConformanceRun.run(RunSettings.of(implementation).withSelect("@msmq and @scenario"));
        var checks = v.rules().stream().flatMap(r -> r.checks().stream()).distinct().toList();
        assertThat(v.rules().stream().filter(r -> r.status() == RuleStatus.FAIL)).as("rules failing in real time").isEmpty();
        assertThat(checks).filteredOn(c -> c.outcome() == Check.Outcome.FAILED).isEmpty();
        assertThat(checks).filteredOn(c -> c.outcome() == Check.Outcome.NOT_APPLICABLE).as("scenarios tagged @needs-virtual-clock").hasSize(6);
        assertThat(checks).filteredOn(c -> c.outcome() == Check.Outcome.PASSED).hasSizeGreaterThan(40);
        assertThat(checks).as("scenarios that neither passed nor were not applicable")
                .allMatch(c -> c.outcome() == Check.Outcome.PASSED || c.outcome() == Check.Outcome.NOT_APPLICABLE);
        // A rule some of whose scenarios need the clock says so: partial, never hidden as not applicable or passed.
        assertThat(v.rules()).filteredOn(r -> r.status() == RuleStatus.PARTIAL).isNotEmpty();
        // A timer thread left running after its instance closed is a leak the run reports.
        assertThat(v.incidents()).as("incidents outside the rules").isEmpty();
    }
}
