package notifytck.variants.rpc;

import java.time.Duration;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.ServerThread;

/** Passes every control call to the reference. */
class ForwardingRpcControl implements RpcControl {
    protected final RpcControl inner;

    ForwardingRpcControl(RpcControl inner) {
        this.inner = inner;
    }

    @Override
    public CallRef startCall(boolean asynchronous) {
        return inner.startCall(asynchronous);
    }

    @Override
    public ServerThread workerThread() {
        return inner.workerThread();
    }

    @Override
    public void clientCancels(CallRef call) {
        inner.clientCancels(call);
    }

    @Override
    public void clientDisconnects(CallRef call) {
        inner.clientDisconnects(call);
    }

    @Override
    public void completeCall(CallRef call) {
        inner.completeCall(call);
    }

    @Override
    public void abortCall(CallRef call) {
        inner.abortCall(call);
    }

    @Override
    public boolean quiesce(Duration deadline) {
        return inner.quiesce(deadline);
    }
}
