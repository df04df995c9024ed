package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.CallRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quiesce is true once every notification due was delivered and its target returned, false on the deadline. */
class QuiesceTest {
    private final RpcFixture f = new RpcFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void idle_is_quiet_at_once() {
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
        assertThat(f.control.quiesce(null)).isTrue();
        CallRef call = f.sync();
        f.control.clientCancels(call); // nothing subscribed: nothing due
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
    }

    @Test
    void a_target_that_has_not_returned_keeps_it_busy_until_the_deadline_and_no_longer() throws InterruptedException {
        CallRef call = f.sync();
        Recorder held = new Recorder().holding();
        f.ok(call, CANCEL, CALLBACK, held.asCallback());
        f.control.clientCancels(call);
        held.awaitEntered();

        long started = System.nanoTime();
        assertThat(f.control.quiesce(Duration.ofMillis(100))).isFalse();
        long waited = System.nanoTime() - started;
        assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofMillis(100))
                .isLessThan(Duration.ofSeconds(10));
        assertThat(f.control.quiesce(Duration.ofMillis(-1))).as("a negative deadline looks now").isFalse();
        held.letGo();
        assertThat(f.control.quiesce(Duration.ofSeconds(Long.MAX_VALUE))).as("a huge deadline does not overflow").isTrue();
    }

    @Test
    void quiet_once_the_target_returned() throws InterruptedException {
        CallRef call = f.sync();
        Recorder held = new Recorder().holding();
        f.ok(call, CANCEL, CALLBACK, held.asCallback());
        f.control.clientCancels(call);
        held.awaitEntered();
        held.letGo();
        f.quiesce();
        assertThat(held.what()).hasSize(1);
    }

    @Test
    void close_drops_what_is_queued_and_does_not_hang() throws InterruptedException {
        Recorder[] held = new Recorder[ReferenceRpc.DELIVERY_THREADS];
        for (int i = 0; i < held.length; i++) {
            CallRef busy = f.sync();
            held[i] = new Recorder().holding();
            f.ok(busy, CANCEL, CALLBACK, held[i].asCallback());
            f.control.clientCancels(busy);
            held[i].awaitEntered();
        }
        CallRef waiting = f.sync();
        Recorder never = new Recorder();
        f.ok(waiting, CANCEL, CALLBACK, never.asCallback());
        f.control.clientCancels(waiting);

        f.rpc.close(); // interrupts the held targets, which return
        f.quiesce();
        assertThat(never.what()).isEmpty();
        CallRef after = f.sync();
        f.ok(after, CANCEL, CALLBACK, never.asCallback());
        f.control.clientCancels(after);
        assertThat(f.control.quiesce(Duration.ZERO)).isTrue();
        assertThat(never.what()).isEmpty();
    }
}
