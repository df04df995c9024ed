package notifytck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.ReferenceImplementation;
import notifytck.selftest.SuiteRun;
import notifytck.spi.Control;
import org.junit.jupiter.api.Test;

/**
 * The kit's real-time path: the MSMQ features against the reference with its system clock (no
 * virtual clock declared). Every scenario passes except those that span days, which must be
 * reported not applicable rather than passed or failed.
 */
class RealTimeMsmqTest {
    @Test
    void theMsmqFeaturesPassInRealTimeAndTheMultiDayOnesAreNotApplicable() {
        var implementation = ReferenceImplementation.realTime();
        assertThat(implementation.capabilities().supports(Control.MSMQ_VIRTUAL_CLOCK)).isFalse();
        SuiteRun.Result r = SuiteRun.run(implementation, "features/msmq");
        assertThat(r.failingRules()).as("rules failing in real time").isEmpty();
        assertThat(r.failed()).isZero();
        assertThat(r.aborted()).as("scenarios tagged @needs-virtual-clock").isEqualTo(4);
        assertThat(r.passed()).isGreaterThan(40);
    }
}
