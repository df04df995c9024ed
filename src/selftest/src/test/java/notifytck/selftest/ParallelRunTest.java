package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import notifytck.run.Check;
import notifytck.run.ConformanceRun;
import notifytck.run.RuleVerdict;
import notifytck.run.RunSettings;
import notifytck.run.Verdict;
import notifytck.spi.NotificationImplementation;
import org.junit.jupiter.api.Test;

/** Scenarios run side by side judge exactly as they do one at a time: every rule, every check. */
class ParallelRunTest {
    private static Map<String, String> outcomes(Verdict v) {
        Map<String, String> m = new TreeMap<>();
        for (RuleVerdict r : v.rules()) {
            m.put(r.rule().id(), r.status().word());
            for (Check c : r.checks()) {
                m.put(r.rule().id() + " " + c.location() + " " + c.name(), c.outcome().word());
            }
        }
        return m;
    }

    private static Verdict run(NotificationImplementation impl, String select, int parallel) {
        return ConformanceRun.run(RunSettings.of(impl).withSelect(select).withParallel(parallel).withTimeouts(SelfTest.SELF_TEST_TIMEOUTS));
    }

    @Test
    void theReferenceIsJudgedTheSameSerialAndParallel() {
        NotificationImplementation reference = ServiceLoader.load(NotificationImplementation.class).findFirst().orElseThrow();
        Verdict serial = run(reference, "@scenario", 1);
        Verdict parallel = run(reference, "@scenario", 16);
        assertThat(parallel.parallel()).isEqualTo(16);
        assertThat(outcomes(parallel)).isEqualTo(outcomes(serial));
        assertThat(serial.exit().code()).isZero();
    }

    @Test
    void aFaultyVariantIsJudgedTheSameSerialAndParallel() {
        FaultyVariant variant = SelfTest.variants().stream().filter(v -> v.name().equals("AccessCheckedBeforeClosed")).findFirst().orElseThrow();
        Verdict serial = run(variant, "@msmq and @scenario and not @many-rounds", 1);
        Verdict parallel = run(variant, "@msmq and @scenario and not @many-rounds", 16);
        assertThat(outcomes(parallel)).isEqualTo(outcomes(serial));
        assertThat(serial.exit().code()).isEqualTo(1);
    }

    @Test
    void anImplementationThatCannotRunInstancesSideBySideRunsOneAtATime() {
        NotificationImplementation reference = ServiceLoader.load(NotificationImplementation.class).findFirst().orElseThrow();
        NotificationImplementation single = new NotificationImplementation() {
            @Override
            public String name() {
                return "one-at-a-time";
            }

            @Override
            public boolean instancesRunSideBySide() {
                return false;
            }

            @Override
            public notifytck.spi.Capabilities capabilities() {
                return reference.capabilities();
            }

            @Override
            public notifytck.spi.SystemUnderTest start() {
                return reference.start();
            }
        };
        assertThat(run(single, "@fax and @scenario", 16).parallel()).isEqualTo(1);
    }
}
