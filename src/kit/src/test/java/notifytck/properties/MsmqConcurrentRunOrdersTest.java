package notifytck.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import notifytck.properties.MsmqConcurrentRun.Op;
import notifytck.properties.MsmqConcurrentRun.Step;
import notifytck.properties.MsmqConcurrentRun.Taken;
import notifytck.spi.msmq.OptionalInt32;
import org.junit.jupiter.api.Test;

/** The orders the concurrent MSMQ run tries: each thread's own, and real time's where two steps did not overlap. */
class MsmqConcurrentRunOrdersTest {
    private static final Step PUT = new Step(Op.PUT, 0, OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN);

    private static Taken step(int thread, int index, long began, long returned) {
        return new Taken(thread, index, PUT, began, returned, 0, null);
    }

    private static List<String> orders(List<List<Taken>> byThread) {
        List<List<Taken>> out = new ArrayList<>();
        MsmqConcurrentRun.orders(byThread, new int[byThread.size()], new ArrayList<>(), out);
        return out.stream().map(o -> o.stream().map(t -> t.thread() + "." + t.index()).reduce((a, b) -> a + " " + b).orElse("")).toList();
    }

    @Test
    void overlappingStepsMayTakeEffectInEitherOrderButEachThreadKeepsItsOwn() {
        Taken a = step(0, 0, 0, 10);
        Taken b = step(0, 1, 20, 30);
        Taken c = step(1, 0, 5, 25);
        List<String> orders = orders(List.of(List.of(a, b), List.of(c)));
        assertThat(orders).containsExactlyInAnyOrder("0.0 1.0 0.1", "1.0 0.0 0.1", "0.0 0.1 1.0");
        // The order the steps began in comes first: its difference is the one reported when none fits.
        assertThat(orders.get(0)).isEqualTo("0.0 1.0 0.1");
    }

    @Test
    void aStepThatReturnedBeforeAnotherBeganComesFirst() {
        Taken a = step(0, 0, 0, 10);
        Taken b = step(0, 1, 20, 30);
        // c began after a returned, and returned before b began: only one order is real.
        assertThat(orders(List.of(List.of(a, b), List.of(step(1, 0, 12, 18))))).containsExactly("0.0 1.0 0.1");
        // c began after a returned and overlaps b.
        assertThat(orders(List.of(List.of(a, b), List.of(step(1, 0, 15, 25))))).containsExactlyInAnyOrder("0.0 1.0 0.1", "0.0 0.1 1.0");
    }
}
