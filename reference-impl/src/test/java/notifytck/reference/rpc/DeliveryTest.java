package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.APC;
import static notifytck.reference.rpc.RpcFixture.BOTH;
import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.DISCONNECT;
import static notifytck.reference.rpc.RpcFixture.EVENT;
import static notifytck.reference.rpc.RpcFixture.IOC;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each method is told, with which handle, on which thread. */
class DeliveryTest {
    private final RpcFixture f = new RpcFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void an_event_is_set_once_per_subscribed_notification() {
        CallRef call = f.sync();
        Recorder onCancel = new Recorder();
        Recorder onDisconnect = new Recorder();
        f.ok(call, CANCEL, EVENT, onCancel.asEvent());
        f.ok(call, DISCONNECT, EVENT, onDisconnect.asEvent());
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(onCancel.what()).containsExactly("set");
        assertThat(onDisconnect.what()).isEmpty();
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(onCancel.what()).containsExactly("set");
        assertThat(onDisconnect.what()).containsExactly("set");
    }

    @Test
    void an_apc_runs_on_the_thread_asked_for_with_the_event() {
        CallRef call = f.sync();
        ServerThread apcThread = f.control.workerThread();
        Recorder apc = new Recorder();
        f.ok(call, BOTH, APC, apc.asApc(apcThread));
        f.control.clientDisconnects(call);
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(apc.what()).containsExactly("apc(" + apcThread.id() + ",Disconnect)", "apc(" + apcThread.id() + ",Cancel)");
    }

    @Test
    void a_completion_packet_carries_the_values_given() {
        CallRef call = f.async();
        Recorder port = new Recorder();
        f.ok(call, CANCEL, IOC, port.asIoc(17, 0x1234_5678_9AL, -5L));
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(port.what()).containsExactly("ioc(17," + 0x1234_5678_9AL + ",-5)");
    }

    @Test
    void a_callback_gets_the_binding_handle_of_a_synchronous_call() {
        CallRef call = f.sync();
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        f.quiesce();
        String h = call.binding().handle();
        assertThat(routine.what()).containsExactly("callback(" + h + ",Cancel)", "callback(" + h + ",Disconnect)");
    }

    @Test
    void a_callback_gets_the_async_handle_of_an_asynchronous_call() {
        CallRef call = f.async();
        assertThat(call.async()).isNotNull();
        assertThat(call.async().handle()).isNotEqualTo(call.binding().handle());
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.control.clientDisconnects(call);
        f.control.clientCancels(call);
        f.quiesce();
        String h = call.async().handle();
        assertThat(routine.what()).containsExactly("callback(" + h + ",Disconnect)", "callback(" + h + ",Cancel)");
    }

    @Test
    void each_call_gets_its_own_notifications_only() {
        CallRef a = f.sync();
        CallRef b = f.async();
        Recorder shared = new Recorder();
        f.ok(a, CANCEL, CALLBACK, shared.asCallback());
        f.ok(b, CANCEL, CALLBACK, shared.asCallback());
        f.control.clientCancels(b);
        f.quiesce();
        assertThat(shared.what()).containsExactly("callback(" + b.async().handle() + ",Cancel)");
    }

    @Test
    void delivery_is_on_the_pool_and_the_canceller_does_not_wait_for_the_target() throws InterruptedException {
        CallRef call = f.sync();
        Recorder held = new Recorder().holding();
        f.ok(call, CANCEL, CALLBACK, held.asCallback());
        f.control.clientCancels(call); // returns although the target blocks
        held.awaitEntered();
        assertThat(f.control.quiesce(java.time.Duration.ZERO)).as("the target has not returned").isFalse();
        // The runtime is not locked by the running target: the same call can be asked about and changed.
        assertThat(f.api.testCancel(f.control.workerThread(), call.binding())).isEqualTo(RpcStatus.RPC_S_OK);
        assertThat(f.unsubscribe(call, CANCEL).status()).isEqualTo(RpcStatus.RPC_S_OK);
        f.control.completeCall(call);
        held.letGo();
        f.quiesce();
        assertThat(held.received()).singleElement().satisfies(r -> {
            assertThat(r.thread()).isNotSameAs(Thread.currentThread());
            assertThat(f.rpc.isDeliveryThread(r.thread())).isTrue();
        });
    }

    @Test
    void a_target_may_call_the_runtime_about_its_own_call() {
        CallRef call = f.sync();
        Recorder inner = new Recorder();
        Recorder outer = new Recorder().onReceived(() -> {
            f.unsubscribe(call, BOTH);
            f.ok(call, DISCONNECT, EVENT, inner.asEvent());
            f.control.clientDisconnects(call);
        });
        f.ok(call, CANCEL, CALLBACK, outer.asCallback());
        f.control.clientCancels(call);
        f.quiesce(); // counts the disconnect the target caused before it returned
        assertThat(outer.what()).hasSize(1);
        assertThat(inner.what()).containsExactly("set");
    }

    @Test
    void a_target_that_throws_does_not_stop_delivery() {
        CallRef bad = f.sync();
        CallRef good = f.sync();
        Recorder thrower = new Recorder().onReceived(() -> {
            throw new IllegalStateException("server bug");
        });
        Recorder fine = new Recorder();
        f.ok(bad, CANCEL, CALLBACK, thrower.asCallback());
        f.ok(good, CANCEL, CALLBACK, fine.asCallback());
        f.control.clientCancels(bad);
        f.control.clientCancels(good);
        f.quiesce();
        assertThat(fine.what()).hasSize(1);
        assertThat(f.rpc.targetFailures()).isEqualTo(1);
    }
}
