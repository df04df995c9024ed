package notifytck.reference.rpc;

import java.time.Duration;
import notifytck.reference.common.Quiescence;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.ServerThread;

/**
 * What the kit makes clients and the runtime do. Unlike the server's API, a bad argument here is
 * the kit's bug, so it throws, naming what was wrong.
 */
final class RpcAdministration implements RpcControl {
    private final RpcRuntime runtime;
    private final Quiescence quiescence;

    RpcAdministration(RpcRuntime runtime, Quiescence quiescence) {
        this.runtime = runtime;
        this.quiescence = quiescence;
    }

    @Override
    public CallRef startCall(boolean asynchronous) {
        return runtime.start(asynchronous);
    }

    @Override
    public ServerThread workerThread() {
        return runtime.newWorkerThread();
    }

    /** On an ended call it changes nothing: the client may still try, and nothing may reach the server. */
    @Override
    public void clientCancels(CallRef call) {
        runtime.started(call, "clientCancels").happened(NotificationKind.CALL_CANCEL);
    }

    @Override
    public void clientDisconnects(CallRef call) {
        runtime.started(call, "clientDisconnects").happened(NotificationKind.CLIENT_DISCONNECT);
    }

    @Override
    public void completeCall(CallRef call) {
        end(runtime.started(call, "completeCall"), "completeCall");
    }

    @Override
    public void abortCall(CallRef call) {
        ServerCall c = runtime.started(call, "abortCall");
        if (!call.asynchronous()) {
            throw new IllegalArgumentException("abortCall: " + call.id()
                    + " is synchronous; RpcAsyncAbortCall applies to asynchronous calls only");
        }
        end(c, "abortCall");
    }

    @Override
    public boolean quiesce(Duration deadline) {
        return quiescence.await(deadline);
    }

    private void end(ServerCall call, String operation) {
        if (!call.end()) {
            throw new IllegalArgumentException(operation + ": " + call.ref().id() + " has already completed or been aborted");
        }
        runtime.forget(call);
    }
}
