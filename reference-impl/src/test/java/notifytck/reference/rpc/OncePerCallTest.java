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
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each kind at most once per call, only what was subscribed, only for the call subscribed. */
class OncePerCallTest {
    private final RpcFixture f = new RpcFixture();
    private final CallRef call = f.sync();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_second_cancel_or_disconnect_delivers_nothing_more() {
        CallRef withEvents = f.sync();
        Recorder routine = new Recorder();
        Recorder event = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.ok(withEvents, CANCEL, EVENT, event.asEvent());
        f.ok(withEvents, DISCONNECT, EVENT, event.asEvent());
        for (int i = 0; i < 3; i++) {
            f.control.clientCancels(call);
            f.control.clientDisconnects(call);
            f.control.clientCancels(withEvents);
            f.control.clientDisconnects(withEvents);
        }
        f.quiesce();
        assertThat(routine.what()).containsExactly("callback(" + call.binding().handle() + ",Cancel)",
                "callback(" + call.binding().handle() + ",Disconnect)");
        assertThat(event.what()).containsExactly("set", "set");
    }

    @Test
    void subscribing_again_after_a_notification_does_not_make_it_happen_again() {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        f.ok(call, CANCEL, CALLBACK, first.asCallback());
        f.control.clientCancels(call);
        f.quiesce();
        f.ok(call, CANCEL, CALLBACK, second.asCallback());
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(first.what()).hasSize(1);
        assertThat(second.what()).isEmpty();
    }

    @Test
    void nothing_for_a_notification_not_subscribed() {
        Recorder apc = new Recorder();
        Recorder port = new Recorder();
        ServerThread t = f.control.workerThread();
        f.ok(call, CANCEL, APC, apc.asApc(t));
        f.ok(call, CANCEL, IOC, port.asIoc(1, 2, 3)); // replaces the APC for cancel
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(apc.what()).isEmpty();
        assertThat(port.what()).isEmpty();
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(apc.what()).as("replaced").isEmpty();
        assertThat(port.what()).containsExactly("ioc(1,2,3)");
    }

    @Test
    void nothing_for_a_call_not_subscribed() {
        CallRef other = f.async();
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.control.clientCancels(other);
        f.control.clientDisconnects(other);
        f.quiesce();
        assertThat(routine.what()).isEmpty();
    }

    @Test
    void nothing_when_the_client_acted_before_the_subscription() {
        f.control.clientDisconnects(call);
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.control.clientDisconnects(call);
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(routine.what()).containsExactly("callback(" + call.binding().handle() + ",Cancel)");
        assertThat(f.api.isClientDisconnected(f.control.workerThread(), call.binding())).isTrue();
    }

    @Test
    void nothing_after_the_call_completed_or_was_aborted() {
        CallRef aborted = f.async();
        Recorder routine = new Recorder();
        f.ok(call, BOTH, CALLBACK, routine.asCallback());
        f.ok(aborted, BOTH, CALLBACK, routine.asCallback());
        f.control.completeCall(call);
        f.control.abortCall(aborted);
        f.control.clientCancels(call);
        f.control.clientDisconnects(aborted);
        f.quiesce();
        assertThat(routine.what()).isEmpty();
    }
}
