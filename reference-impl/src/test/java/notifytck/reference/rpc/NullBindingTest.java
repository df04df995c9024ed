package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.DISCONNECT;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A NULL binding means the call dispatched on the calling thread; an explicit binding works from any thread. */
class NullBindingTest {
    private final RpcFixture f = new RpcFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_null_binding_on_the_dispatch_thread_subscribes_the_call_dispatched_there() {
        CallRef first = f.sync();
        CallRef second = f.sync();
        assertThat(second.dispatchThread()).isNotEqualTo(first.dispatchThread());
        Recorder onFirst = new Recorder();
        Recorder onSecond = new Recorder();
        assertThat(f.onThread(first.dispatchThread(), null, CANCEL, CALLBACK, onFirst.asCallback())).isEqualTo(RpcStatus.RPC_S_OK);
        assertThat(f.onThread(second.dispatchThread(), null, CANCEL, CALLBACK, onSecond.asCallback())).isEqualTo(RpcStatus.RPC_S_OK);

        f.control.clientCancels(second);
        f.quiesce();
        assertThat(onFirst.what()).isEmpty();
        assertThat(onSecond.what()).containsExactly("callback(" + second.binding().handle() + ",Cancel)");
    }

    @Test
    void a_null_binding_on_a_worker_thread_is_refused_and_the_explicit_binding_accepted() {
        CallRef call = f.sync();
        ServerThread worker = f.control.workerThread();
        Recorder target = new Recorder();
        assertThat(f.onThread(worker, null, CANCEL, CALLBACK, target.asCallback())).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.onThread(worker, call.binding(), CANCEL, CALLBACK, target.asCallback())).isEqualTo(RpcStatus.RPC_S_OK);
        f.control.clientCancels(call);
        f.quiesce();
        assertThat(target.what()).hasSize(1);
    }

    @Test
    void an_explicit_binding_decides_whatever_thread_it_is_passed_on() {
        CallRef call = f.sync();
        CallRef other = f.sync();
        Recorder target = new Recorder();
        assertThat(f.onThread(other.dispatchThread(), call.binding(), DISCONNECT, CALLBACK, target.asCallback()))
                .isEqualTo(RpcStatus.RPC_S_OK);
        f.control.clientDisconnects(other);
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(target.what()).containsExactly("callback(" + call.binding().handle() + ",Disconnect)");
    }

    @Test
    void unsubscribing_and_testing_follow_the_same_rules() {
        CallRef call = f.sync();
        ServerThread worker = f.control.workerThread();
        assertThat(f.api.unsubscribeForNotification(worker, null, CANCEL).status()).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.api.unsubscribeForNotification(worker, new notifytck.spi.rpc.BindingRef("x"), CANCEL).status())
                .isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.api.unsubscribeForNotification(call.dispatchThread(), null, CANCEL).status()).isEqualTo(RpcStatus.RPC_S_OK);
        assertThat(f.api.testCancel(worker, null)).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.api.testCancel(worker, new notifytck.spi.rpc.BindingRef("x"))).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.api.testCancel(call.dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_CALL_IN_PROGRESS);
    }
}
