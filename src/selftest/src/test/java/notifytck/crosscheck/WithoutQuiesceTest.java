package notifytck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import notifytck.reference.ReferenceImplementation;
import notifytck.run.Check;
import notifytck.run.ConformanceRun;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
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
    /** The reference as an implementation without quiesce would present itself. */
    static final class NoQuiesce implements NotificationImplementation {
        private final ReferenceImplementation reference = new ReferenceImplementation();

        @Override
        public String name() {
            return "reference-without-quiesce";
        }

        @Override
        public Capabilities capabilities() {
            Capabilities all = reference.capabilities();
            Set<Control> controls = all.controls().stream().filter(c -> !c.name().endsWith("_QUIESCE")).collect(Collectors.toSet());
            return new Capabilities(all.mechanisms(), controls);
        }

        @Override
        public SystemUnderTest start() {
            return reference.start();
        }
    }

    @Test
    void theFeaturesPassWhenAbsenceIsJudgedOverTheQuietWindow() {
        for (String mechanism : new String[] {"@spooler", "@rpc", "@fax"}) {
            // The reference settles within a few milliseconds; a short quiet window keeps this test cheap.
            Verdict v = ConformanceRun.run(RunSettings.of(new NoQuiesce()).withSelect(mechanism + " and @scenario")
                    .withTimeouts(java.util.Map.of("notifytck.timeout.quiet", "100")));
            var checks = v.rules().stream().flatMap(r -> r.checks().stream()).distinct().toList();
            assertThat(checks).as("failed scenarios in %s", mechanism).filteredOn(c -> c.outcome() == Check.Outcome.FAILED).isEmpty();
            assertThat(checks).as("not applicable scenarios in %s", mechanism).filteredOn(c -> c.outcome() == Check.Outcome.NOT_APPLICABLE).isEmpty();
            assertThat(checks).as("passed scenarios in %s", mechanism).isNotEmpty();
        }
    }
}
