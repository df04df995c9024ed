package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Testing for a cancel or a disconnect works with or without a subscription. */
class TestCancelTest {
    private final RpcFixture f = new RpcFixture();
    private final ServerThread worker = f.control.workerThread();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void without_a_subscription() {
        CallRef call = f.sync();
        assertThat(f.api.testCancel(call.dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_CALL_IN_PROGRESS);
        assertThat(f.api.testCancel(worker, call.binding())).isEqualTo(RpcStatus.RPC_S_CALL_IN_PROGRESS);
        assertThat(f.api.isClientDisconnected(call.dispatchThread(), null)).isFalse();
        f.control.clientCancels(call);
        assertThat(f.api.testCancel(call.dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_OK);
        assertThat(f.api.testCancel(worker, call.binding())).isEqualTo(RpcStatus.RPC_S_OK);
        assertThat(f.api.isClientDisconnected(worker, call.binding())).isFalse();
        f.control.clientDisconnects(call);
        assertThat(f.api.isClientDisconnected(call.dispatchThread(), null)).isTrue();
        assertThat(f.api.isClientDisconnected(worker, call.binding())).isTrue();
    }

    @Test
    void with_a_subscription_and_after_unsubscribing() {
        CallRef call = f.async();
        f.ok(call, CANCEL, CALLBACK, new Recorder().asCallback());
        f.control.clientDisconnects(call);
        assertThat(f.api.testCancel(worker, call.binding())).isEqualTo(RpcStatus.RPC_S_CALL_IN_PROGRESS);
        assertThat(f.api.isClientDisconnected(worker, call.binding())).isTrue();
        f.unsubscribe(call, CANCEL);
        f.control.clientCancels(call);
        assertThat(f.api.testCancel(call.dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_OK);
    }

    @Test
    void only_the_call_it_names() {
        CallRef cancelled = f.sync();
        CallRef untouched = f.sync();
        f.control.clientCancels(cancelled);
        f.control.clientDisconnects(cancelled);
        assertThat(f.api.testCancel(untouched.dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_CALL_IN_PROGRESS);
        assertThat(f.api.isClientDisconnected(worker, untouched.binding())).isFalse();
    }

    @Test
    void no_call_there_is_a_status_not_an_exception() {
        CallRef call = f.sync();
        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        assertThat(f.api.testCancel(worker, null)).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.api.testCancel(null, null)).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.api.testCancel(worker, new BindingRef("nope"))).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.api.isClientDisconnected(worker, null)).isFalse();
        assertThat(f.api.isClientDisconnected(worker, new BindingRef("nope"))).isFalse();
        f.control.completeCall(call);
        assertThat(f.api.testCancel(worker, call.binding())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.api.testCancel(call.dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.api.isClientDisconnected(worker, call.binding())).isFalse();
    }
}
