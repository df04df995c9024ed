package notifytck.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A property whose shrinking outlasts jqwik's bound runs no try once it has been reported. */
class TryGateTest {
    static final AtomicBoolean ARMED = new AtomicBoolean();
    static final AtomicLong TRIES = new AtomicLong();

    /**
     * Fails while the values add up to enough, slowly (as a try against an implementation does): the
     * shrinking needs hundreds of tries to find the smallest such sum, far more than a second.
     */
    @AddLifecycleHook(TryGate.class)
    static class SlowToShrink {
        @Property(tries = 50, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
        void everySequenceFails(@ForAll @Size(min = 30, max = 30) List<@IntRange(min = 1, max = 1_000_000) Integer> values) {
            if (!ARMED.get()) {
                return; // run by the build's own jqwik pass: nothing to show there
            }
            TRIES.incrementAndGet();
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // the try's work, not a wait for a result
            long sum = values.stream().mapToLong(Integer::longValue).sum();
            if (sum >= 1_000_000L) {
                throw new AssertionError("fails for the sum " + sum);
            }
        }
    }

    @Test
    void anAbandonedShrinkingRunsNoMoreTries() {
        ARMED.set(true);
        AtomicLong atEnd = new AtomicLong(-1);
        AtomicBoolean failed = new AtomicBoolean();
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SlowToShrink.class))
                    .configurationParameters(Map.of("jqwik.shrinking.bounded.seconds", "1", "jqwik.database", "target/try-gate-test.db",
                            "jqwik.failures.after.default", "RANDOM_SEED"))
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (id.isTest()) {
                                atEnd.set(TRIES.get());
                                failed.set(result.getStatus() == TestExecutionResult.Status.FAILED);
                            }
                        }
                    });
            assertThat(failed).as("the property is reported failed").isTrue();
            assertThat(atEnd.get()).as("tries before the bound").isGreaterThan(1);
            // Unbounded, the shrinking would go on for seconds (30 values, 20 ms a try): watch that it does not.
            await("no try after the property was reported").during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> TRIES.get() == atEnd.get());
            assertThat(TryGate.refused()).as("the abandoned shrinking's next candidate was refused").isPositive();
        } finally {
            ARMED.set(false);
        }
    }
}
