package notifytck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import notifytck.run.Check;
import notifytck.run.ConformanceRun;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The kit's path for implementations that cannot quiesce: the reference with every *_QUIESCE
 * control hidden, so the kit judges absence and completion over its quiet window. The spooler,
 * RPC and fax features must still pass in full. Nightly (the stress profile): judging every absence
 * over a quiet window makes it take about 35 s.
 */
@Tag("nightly")
class WithoutQuiesceTest {
    @Test
    void theFeaturesPassWhenAbsenceIsJudgedOverTheQuietWindow() {
        for (String mechanism : new String[] {"@spooler", "@rpc", "@fax"}) {
            // The reference settles within a few milliseconds; a short quiet window keeps this test cheap.
            Verdict v = ConformanceRun.run(RunSettings.of(new notifytck.reference.ReferenceWithoutQuiesce()).withSelect(mechanism + " and @scenario")
                    .withTimeouts(java.util.Map.of("notifytck.timeout.quiet", "100")));
            var checks = v.rules().stream().flatMap(r -> r.checks().stream()).distinct().toList();
            assertThat(checks).as("failed scenarios in %s", mechanism).filteredOn(c -> c.outcome() == Check.Outcome.FAILED).isEmpty();
            assertThat(checks).as("not applicable scenarios in %s", mechanism).filteredOn(c -> c.outcome() == Check.Outcome.NOT_APPLICABLE).isEmpty();
            assertThat(checks).as("passed scenarios in %s", mechanism).isNotEmpty();
            assertThat(checks).as("scenarios of %s that did not pass", mechanism).allMatch(c -> c.outcome() == Check.Outcome.PASSED);
            assertThat(v.exit().code()).as("exit code for %s", mechanism).isZero();
        }
    }
}
