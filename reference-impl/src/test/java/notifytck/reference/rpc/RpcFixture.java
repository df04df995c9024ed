package notifytck.reference.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.NotificationTargets;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** One reference RPC runtime per test, with shorthands for the calls the tests repeat. */
final class RpcFixture implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static final int DISCONNECT = RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT;
    static final int CANCEL = RpcConstants.RPC_NOTIFICATION_CALL_CANCEL;
    static final int BOTH = DISCONNECT | CANCEL;

    static final int EVENT = RpcConstants.RPC_NOTIFICATION_TYPE_EVENT;
    static final int APC = RpcConstants.RPC_NOTIFICATION_TYPE_APC;
    static final int IOC = RpcConstants.RPC_NOTIFICATION_TYPE_IOC;
    static final int HWND = RpcConstants.RPC_NOTIFICATION_TYPE_HWND;
    static final int CALLBACK = RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK;

    final ReferenceRpc rpc = new ReferenceRpc();
    final RpcServerAdapter api = rpc.adapter();
    final RpcControl control = rpc.control();

    CallRef sync() {
        return control.startCall(false);
    }

    CallRef async() {
        return control.startCall(true);
    }

    /** Subscribes with the call's own binding, from a thread that dispatches nothing. */
    RpcStatus subscribe(CallRef call, int notification, int type, NotificationInfo info) {
        return api.subscribeForNotification(control.workerThread(), call.binding(), notification, type, info);
    }

    /** A subscription that must succeed. */
    void ok(CallRef call, int notification, int type, NotificationInfo info) {
        assertThat(subscribe(call, notification, type, info)).isEqualTo(RpcStatus.RPC_S_OK);
    }

    RpcServerAdapter.Unsubscription unsubscribe(CallRef call, int notification) {
        return api.unsubscribeForNotification(control.workerThread(), call.binding(), notification);
    }

    RpcStatus onThread(ServerThread thread, BindingRef binding, int notification, int type, NotificationInfo info) {
        return api.subscribeForNotification(thread, binding, notification, type, info);
    }

    void quiesce() {
        assertThat(control.quiesce(PATIENCE)).as("quiesce").isTrue();
    }

    @Override
    public void close() {
        rpc.close();
    }

    static String name(int asyncEvent) {
        return switch (asyncEvent) {
            case RpcConstants.RPC_CLIENT_CANCEL -> "Cancel";
            case RpcConstants.RPC_CLIENT_DISCONNECT -> "Disconnect";
            default -> "Event" + asyncEvent;
        };
    }

    /**
     * One target of every method, recording what it was told and on which Java thread, as
     * "set", "apc(thread,Cancel)", "ioc(bytes,key,overlapped)" or "callback(handle,Cancel)".
     */
    static final class Recorder implements NotificationTargets.EventObject, NotificationTargets.ApcRoutine,
            NotificationTargets.CompletionPort, NotificationTargets.NotificationRoutine {
        record Received(String what, Thread thread) {}

        private final List<Received> received = new ArrayList<>();
        private CountDownLatch entered;
        private CountDownLatch release;
        private Runnable onReceived = () -> { };

        /** Targets block until {@link #letGo}, after counting down {@link #awaitEntered}. */
        Recorder holding() {
            entered = new CountDownLatch(1);
            release = new CountDownLatch(1);
            return this;
        }

        Recorder onReceived(Runnable action) {
            this.onReceived = action;
            return this;
        }

        void awaitEntered() throws InterruptedException {
            assertThat(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("target entered").isTrue();
        }

        void letGo() {
            release.countDown();
        }

        NotificationInfo asEvent() {
            return NotificationInfo.event(this);
        }

        NotificationInfo asApc(ServerThread thread) {
            return NotificationInfo.apc(this, thread);
        }

        NotificationInfo asIoc(int bytes, long key, long overlapped) {
            return NotificationInfo.ioc(this, bytes, key, overlapped);
        }

        NotificationInfo asCallback() {
            return NotificationInfo.callback(this);
        }

        @Override
        public void set() {
            record("set");
        }

        @Override
        public void run(ServerThread thread, int event) {
            record("apc(" + thread.id() + "," + name(event) + ")");
        }

        @Override
        public void post(int bytesTransferred, long completionKey, long overlapped) {
            record("ioc(" + bytesTransferred + "," + completionKey + "," + overlapped + ")");
        }

        @Override
        public void call(String handle, int event) {
            record("callback(" + handle + "," + name(event) + ")");
        }

        private void record(String what) {
            synchronized (this) {
                received.add(new Received(what, Thread.currentThread()));
            }
            onReceived.run();
            if (entered != null) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        synchronized List<Received> received() {
            return List.copyOf(received);
        }

        synchronized List<String> what() {
            return received.stream().map(Received::what).toList();
        }
    }
}
