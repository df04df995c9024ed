package notifytck.kit.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HeldRoutinesTest {
    @Test
    void aHeldRoutineSaysWhichCallItIsBusyWithAndReturnsOnceLetGo() throws InterruptedException {
        HeldRoutines held = new HeldRoutines();
        held.arrived("not held yet"); // returns at once
        held.hold();
        AtomicBoolean returned = new AtomicBoolean();
        Thread routine = new Thread(() -> {
            held.arrived("call-1");
            returned.set(true);
        });
        routine.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> "call-1".equals(held.busyWith()));
        assertThat(returned).isFalse();
        held.letGo();
        routine.join(5_000);
        assertThat(returned).isTrue();
        assertThat(held.busyWith()).isNull();
        held.arrived("after"); // let go for good: later ones run straight through
    }
}
