package notifytck.reference.msmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import notifytck.spi.HResult;
import org.junit.jupiter.api.Test;

/** The reference declares MSMQ, starts an isolated queue manager per system, and closes it with the system. */
class ReferenceImplementationMsmqTest {

    @Test
    void the_reference_declares_msmq_with_its_virtual_clock_and_quiesce() {
        NotificationImplementation impl = new ReferenceImplementation();
        assertThat(impl.name()).isEqualTo("reference");
        assertThat(impl.capabilities().mechanisms()).containsExactlyInAnyOrder(Mechanism.values());
        assertThat(impl.capabilities().controls()).containsExactlyInAnyOrder(Control.values());
    }

    @Test
    void the_real_time_reference_declares_everything_but_the_virtual_clock() {
        NotificationImplementation impl = ReferenceImplementation.realTime();
        assertThat(impl.name()).isEqualTo("reference-real-time");
        assertThat(impl.capabilities().mechanisms()).containsExactlyInAnyOrder(Mechanism.values());
        assertThat(impl.capabilities().controls()).doesNotContain(Control.MSMQ_VIRTUAL_CLOCK)
                .hasSize(Control.values().length - 1);
        try (SystemUnderTest sut = impl.start()) {
            Set<HResult> got = ConcurrentHashMap.newKeySet();
            QueueRef q = sut.msmqControl().openQueue("q", MsmqConstants.MQ_PEEK_ACCESS);
            assertThat(sut.msmq().enableNotification(q, errorsInto(got), OptionalInt32.NOT_GIVEN, OptionalInt32.of(50))
                    .value()).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> got.contains(MsmqConstants.MQ_ERROR_IO_TIMEOUT));
            assertThat(sut.spoolerControl().localMachine()).isEqualTo("PRINTSRV");
        }
    }

    @Test
    void each_system_has_its_own_queues_and_closing_it_stops_its_threads() {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        ReferenceImplementation impl = new ReferenceImplementation();
        SystemUnderTest one = impl.start();
        SystemUnderTest two = impl.start();
        try {
            QueueRef q = one.msmqControl().openQueue("shared-name", MsmqConstants.MQ_PEEK_ACCESS);
            one.msmqControl().putMessage("shared-name", "m");
            two.msmqControl().openQueue("shared-name", MsmqConstants.MQ_PEEK_ACCESS);
            assertThat(one.msmqControl().messages("shared-name")).hasSize(1);
            assertThat(two.msmqControl().messages("shared-name")).isEmpty();
            assertThat(two.msmq().enableNotification(q, errorsInto(ConcurrentHashMap.newKeySet()),
                    OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN)).isEqualTo(MsmqConstants.E_INVALIDARG);
            assertThat(one.spoolerControl().quiesce(Duration.ofSeconds(5))).isTrue();
            assertThat(one.msmqControl().quiesce(Duration.ofSeconds(5))).isTrue();
        } finally {
            one.close();
            two.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                .noneMatch(t -> t.getName().startsWith("ref-msmq-") || t.getName().startsWith("ref-spooler-")));
    }

    private static MsmqEvent errorsInto(Set<HResult> got) {
        return new MsmqEvent() {
            @Override
            public void arrived(QueueRef queue) {
            }

            @Override
            public void arrivedError(QueueRef queue, HResult errorCode) {
                got.add(errorCode);
            }
        };
    }
}
