package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.APC;
import static notifytck.reference.rpc.RpcFixture.BOTH;
import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.DISCONNECT;
import static notifytck.reference.rpc.RpcFixture.EVENT;
import static notifytck.reference.rpc.RpcFixture.HWND;
import static notifytck.reference.rpc.RpcFixture.IOC;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of docs/rpc-readings.md, each on its own and against the ones after it; a failure subscribes nothing. */
class OrderOfChecksTest {
    private static final int NONE = RpcConstants.RPC_NOTIFICATION_TYPE_NONE;
    private static final BindingRef UNKNOWN = new BindingRef("no-such-binding");

    private final RpcFixture f = new RpcFixture();
    private final Recorder target = new Recorder();
    private final CallRef call = f.sync();
    private final ServerThread worker = f.control.workerThread();

    @AfterEach
    void close() {
        f.close();
    }

    private RpcStatus nullBindingOnWorker(int notification, int type, NotificationInfo info) {
        return f.onThread(worker, null, notification, type, info);
    }

    @Test
    void type_none_is_an_invalid_argument_before_anything_else() {
        assertThat(f.subscribe(call, CANCEL, NONE, target.asCallback())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, 0, NONE, target.asCallback())).as("before the notification check")
                .isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, 8, NONE, null)).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(nullBindingOnWorker(CANCEL, NONE, target.asCallback())).as("before the binding check")
                .isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 5, 7, 8, 0x100, -1})
    void a_notification_other_than_disconnect_and_cancel_cannot_be_supported(int notification) {
        for (int type : new int[] {EVENT, APC, IOC, CALLBACK}) {
            assertThat(f.subscribe(call, notification, type, target.asApc(worker))).isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
        }
        assertThat(f.subscribe(call, notification, HWND, target.asEvent())).as("before the type check")
                .isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
        assertThat(f.subscribe(call, notification, 42, target.asEvent())).as("before the type check")
                .isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
        assertThat(nullBindingOnWorker(notification, CALLBACK, target.asCallback())).as("before the binding check")
                .isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
        assertThat(f.onThread(worker, UNKNOWN, notification, CALLBACK, target.asCallback()))
                .isEqualTo(RpcStatus.RPC_S_CANNOT_SUPPORT);
    }

    @Test
    void an_event_for_both_notifications_is_an_invalid_argument_before_the_binding_check() {
        assertThat(f.subscribe(call, BOTH, EVENT, target.asEvent())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(nullBindingOnWorker(BOTH, EVENT, target.asEvent())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, DISCONNECT, EVENT, target.asEvent())).isEqualTo(RpcStatus.RPC_S_OK);
        assertThat(f.subscribe(call, CANCEL, EVENT, target.asEvent())).isEqualTo(RpcStatus.RPC_S_OK);
    }

    @ParameterizedTest
    @ValueSource(ints = {HWND, 6, 7, 100, -1})
    void hwnd_and_unknown_types_are_invalid_arguments_before_the_binding_check(int type) {
        assertThat(f.subscribe(call, CANCEL, type, target.asEvent())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(nullBindingOnWorker(CANCEL, type, target.asEvent())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.onThread(worker, UNKNOWN, BOTH, type, target.asEvent())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
    }

    @Test
    void a_binding_that_names_no_call_in_progress_is_an_invalid_argument() {
        assertThat(f.onThread(worker, UNKNOWN, CANCEL, CALLBACK, target.asCallback())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.onThread(call.dispatchThread(), UNKNOWN, CANCEL, CALLBACK, target.asCallback()))
                .as("the dispatch thread does not rescue a bad binding").isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        CallRef done = f.sync();
        f.control.completeCall(done);
        assertThat(f.subscribe(done, CANCEL, CALLBACK, target.asCallback())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        try (RpcFixture other = new RpcFixture()) {
            CallRef theirs = other.sync();
            assertThat(f.subscribe(theirs, CANCEL, CALLBACK, target.asCallback()))
                    .as("another runtime's binding").isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        }
    }

    @Test
    void a_null_binding_off_a_dispatch_thread_means_no_call_is_active() {
        assertThat(nullBindingOnWorker(CANCEL, CALLBACK, target.asCallback())).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.onThread(null, null, CANCEL, CALLBACK, target.asCallback())).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.onThread(new ServerThread("made-up"), null, CANCEL, CALLBACK, target.asCallback()))
                .isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        CallRef done = f.async();
        f.control.abortCall(done);
        assertThat(f.onThread(done.dispatchThread(), null, CANCEL, CALLBACK, target.asCallback()))
                .as("the thread of a call that ended dispatches nothing now").isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
    }

    @Test
    void the_binding_check_comes_before_the_target_check() {
        assertThat(nullBindingOnWorker(CANCEL, CALLBACK, null)).isEqualTo(RpcStatus.RPC_S_NO_CALL_ACTIVE);
        assertThat(f.onThread(worker, UNKNOWN, CANCEL, APC, NotificationInfo.event(target))).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
    }

    @Test
    void a_union_without_what_the_method_needs_is_an_invalid_argument() {
        assertThat(f.subscribe(call, CANCEL, CALLBACK, null)).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, CANCEL, EVENT, target.asCallback())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, CANCEL, APC, NotificationInfo.apc(target, null))).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, CANCEL, APC, NotificationInfo.apc(null, worker))).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, CANCEL, IOC, target.asEvent())).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
        assertThat(f.subscribe(call, CANCEL, CALLBACK, target.asIoc(1, 2, 3))).isEqualTo(RpcStatus.RPC_S_INVALID_ARG);
    }

    @Test
    void a_failed_subscription_subscribes_nothing() {
        f.subscribe(call, BOTH, EVENT, target.asEvent());
        f.subscribe(call, BOTH, HWND, target.asEvent());
        f.subscribe(call, BOTH | 4, CALLBACK, target.asCallback());
        f.subscribe(call, BOTH, NONE, target.asCallback());
        f.subscribe(call, BOTH, APC, NotificationInfo.apc(target, null));
        f.onThread(worker, null, BOTH, CALLBACK, target.asCallback());
        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(target.received()).isEmpty();
    }
}
