package notifytck.faulty.rpc;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.ServerThread;

/** Every call the kit started through the control, so variants can find a call by its handles. */
final class StartedCalls {
    private final List<CallRef> started = new CopyOnWriteArrayList<>();

    List<CallRef> all() {
        return started;
    }

    CallRef byAsyncHandle(String handle) {
        return started.stream().filter(c -> c.async() != null && c.async().handle().equals(handle)).findFirst().orElse(null);
    }

    RpcControl recording(RpcControl control) {
        return new RpcControl() {
            @Override
            public CallRef startCall(boolean asynchronous) {
                CallRef c = control.startCall(asynchronous);
                started.add(c);
                return c;
            }

            @Override
            public ServerThread workerThread() {
                return control.workerThread();
            }

            @Override
            public void clientCancels(CallRef call) {
                control.clientCancels(call);
            }

            @Override
            public void clientDisconnects(CallRef call) {
                control.clientDisconnects(call);
            }

            @Override
            public void completeCall(CallRef call) {
                control.completeCall(call);
            }

            @Override
            public void abortCall(CallRef call) {
                control.abortCall(call);
            }

            @Override
            public boolean quiesce(Duration deadline) {
                return control.quiesce(deadline);
            }
        };
    }
}
