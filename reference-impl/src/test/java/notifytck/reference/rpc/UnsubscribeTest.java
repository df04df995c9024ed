package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.BOTH;
import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.DISCONNECT;
import static notifytck.reference.rpc.RpcFixture.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcServerAdapter.Unsubscription;
import notifytck.spi.rpc.RpcStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After an unsubscription nothing is delivered; NotificationsQueued counts what was queued and not dropped. */
class UnsubscribeTest {
    private static final Unsubscription OK_NONE_QUEUED = new Unsubscription(RpcStatus.RPC_S_OK, 0);

    private final RpcFixture f = new RpcFixture();
    private final CallRef call = f.sync();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void nothing_after_unsubscribing_and_nothing_was_queued() {
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        assertThat(f.unsubscribe(call, BOTH)).isEqualTo(OK_NONE_QUEUED);
        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(routine.what()).isEmpty();
    }

    @Test
    void unsubscribing_one_kind_keeps_the_other() {
        Recorder routine = new Recorder();
        Recorder event = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.ok(call, DISCONNECT, EVENT, new Recorder().asEvent());
        assertThat(f.unsubscribe(call, CANCEL)).isEqualTo(OK_NONE_QUEUED);
        f.ok(call, DISCONNECT, EVENT, event.asEvent()); // replaces the callback for disconnect
        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(routine.what()).isEmpty();
        assertThat(event.what()).containsExactly("set");
    }

    @Test
    void unsubscribing_what_was_never_subscribed_is_ok() {
        assertThat(f.unsubscribe(call, BOTH)).isEqualTo(OK_NONE_QUEUED);
    }

    @Test
    void unsubscribing_from_no_notification_cannot_be_supported() {
        // "Any other value" than the two kinds includes 0, as for subscribing (REQ-RPC-NOTIFY-027).
        assertThat(f.unsubscribe(call, 0).status()).isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
    }

    @Test
    void bits_outside_disconnect_and_cancel_cannot_be_supported_and_remove_nothing() {
        Recorder routine = new Recorder();
        f.ok(call, CANCEL, CALLBACK, routine.asCallback());
        assertThat(f.unsubscribe(call, BOTH | 4)).isEqualTo(new Unsubscription(RpcStatus.RPC_S_CANNOT_SUPPORT, 0));
        assertThat(f.api.unsubscribeForNotification(f.control.workerThread(), null, 8).status())
                .as("before the binding check").isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(routine.what()).hasSize(1);
    }

    @Test
    void a_notification_still_waiting_for_the_pool_is_dropped_and_not_counted_one_running_is() throws InterruptedException {
        Recorder held = new Recorder().holding();
        f.ok(call, BOTH, CALLBACK, held.asCallback());
        f.control.clientCancels(call);
        held.awaitEntered(); // the cancel is running, so the disconnect waits behind it in the call's order
        f.control.clientDisconnects(call);

        assertThat(f.unsubscribe(call, CANCEL)).as("the running one was queued and reaches the server").isEqualTo(new Unsubscription(RpcStatus.RPC_S_OK, 1));
        assertThat(f.unsubscribe(call, DISCONNECT)).as("the waiting one is dropped: it will never come").isEqualTo(OK_NONE_QUEUED);
        assertThat(f.unsubscribe(call, BOTH)).as("counted since the call began").isEqualTo(new Unsubscription(RpcStatus.RPC_S_OK, 1));
        held.letGo();
        f.quiesce();
        assertThat(held.what()).containsExactly("callback(" + call.binding().handle() + ",Cancel)");
    }

    @Test
    void both_waiting_are_dropped_and_not_counted() throws InterruptedException {
        // Hold every pool thread, so the call's notifications can only wait.
        Recorder[] blockers = new Recorder[ReferenceRpc.DELIVERY_THREADS];
        for (int i = 0; i < blockers.length; i++) {
            CallRef busy = f.sync();
            blockers[i] = new Recorder().holding();
            f.ok(busy, CANCEL, CALLBACK, blockers[i].asCallback());
            f.control.clientCancels(busy);
        }
        for (Recorder b : blockers) {
            b.awaitEntered();
        }
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        assertThat(f.api.unsubscribeForNotification(call.dispatchThread(), null, BOTH))
                .isEqualTo(new Unsubscription(RpcStatus.RPC_S_OK, 0));
        assertThat(f.control.quiesce(java.time.Duration.ZERO)).as("blockers still running").isFalse();
        for (Recorder b : blockers) {
            b.letGo();
        }
        f.quiesce();
        assertThat(routine.what()).isEmpty();
    }

    @Test
    void completing_the_call_drops_what_was_waiting() throws InterruptedException {
        Recorder held = new Recorder().holding();
        f.ok(call, BOTH, CALLBACK, held.asCallback());
        f.control.clientCancels(call);
        held.awaitEntered();
        f.control.clientDisconnects(call);
        f.control.completeCall(call); // without unsubscribing: the reference drops the subscriptions
        held.letGo();
        f.quiesce();
        assertThat(held.what()).hasSize(1);
        assertThat(f.unsubscribe(call, BOTH).status()).as("no longer a call in progress").isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
    }
}
