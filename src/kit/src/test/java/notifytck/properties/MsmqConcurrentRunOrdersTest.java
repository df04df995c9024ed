package notifytck.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import notifytck.properties.MsmqConcurrentRun.Op;
import notifytck.properties.MsmqConcurrentRun.Step;
import notifytck.properties.MsmqConcurrentRun.Taken;
import notifytck.spi.msmq.OptionalInt32;
import org.junit.jupiter.api.Test;

/** The orders the concurrent MSMQ run tries: each thread's own and real time's, but an EnableNotification's search may come later. */
class MsmqConcurrentRunOrdersTest {
    private static final Step PUT = new Step(Op.PUT, 0, OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN);
    private static final Step ENABLE = new Step(Op.ENABLE, 1, OptionalInt32.NOT_GIVEN, OptionalInt32.of(0));

    private static Taken step(Step s, int thread, int index, long began, long returned) {
        return new Taken(thread, index, s, began, returned, 0, null);
    }

    private static List<String> orders(Taken... steps) {
        return MsmqConcurrentRun.orders(List.of(steps)).stream()
                .map(o -> o.stream().map(t -> t.thread() + "." + t.index()).reduce((a, b) -> a + " " + b).orElse("")).toList();
    }

    @Test
    void overlappingStepsMayTakeEffectInEitherOrderButEachThreadKeepsItsOwn() {
        Taken a = step(PUT, 0, 0, 0, 10);
        Taken b = step(PUT, 0, 1, 20, 30);
        Taken c = step(PUT, 1, 0, 5, 25);
        List<String> orders = orders(a, b, c);
        assertThat(orders).containsExactlyInAnyOrder("0.0 1.0 0.1", "1.0 0.0 0.1", "0.0 0.1 1.0");
        // The order the steps began in comes first: its difference is the one reported when none fits.
        assertThat(orders.get(0)).isEqualTo("0.0 1.0 0.1");
    }

    @Test
    void aStepThatReturnedBeforeAnotherBeganComesFirst() {
        Taken a = step(PUT, 0, 0, 0, 10);
        Taken b = step(PUT, 0, 1, 20, 30);
        // c began after a returned, and returned before b began: only one order is real.
        assertThat(orders(a, b, step(PUT, 1, 0, 12, 18))).containsExactly("0.0 1.0 0.1");
        // c began after a returned and overlaps b.
        assertThat(orders(a, b, step(PUT, 1, 0, 15, 25))).containsExactlyInAnyOrder("0.0 1.0 0.1", "0.0 0.1 1.0");
    }

    @Test
    void anEnableNotificationSearchesAfterItReturnsSoItMayComeAfterLaterSteps() {
        // Thread 0 enables, then puts; thread 1 puts after both returned. The search may run after either put.
        Taken enable = step(ENABLE, 0, 0, 0, 10);
        Taken put = step(PUT, 0, 1, 20, 30);
        Taken other = step(PUT, 1, 0, 40, 50);
        assertThat(orders(enable, put, other)).containsExactlyInAnyOrder("0.0 0.1 1.0", "0.1 0.0 1.0", "0.1 1.0 0.0");
        // But never before a step that returned before the call began.
        assertThat(orders(step(PUT, 1, 0, 0, 5), step(ENABLE, 0, 0, 10, 20))).containsExactly("1.0 0.0");
    }
}
