package notifytck.faulty.rpc;

import java.time.Duration;
import notifytck.reference.rpc.ReferenceRpc;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.Capabilities;
import notifytck.spi.Mechanism;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.ServerThread;

/** A reference RPC runtime with one fault, put in front of it as a decorator of the SPI. */
abstract class FaultyRpc implements FaultyVariant {
    abstract ForwardingRpc decorate(RpcServerAdapter inner, RpcControl control, StartedCalls calls);

    /** Where a variant acts after a control action; nothing by default. */
    void afterAction(ForwardingRpc adapter) {}

    @Override
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public Mechanism mechanism() {
        return Mechanism.RPC_CALL_NOTIFICATION;
    }

    @Override
    public Capabilities capabilities() {
        return notifytck.faulty.VariantCapabilities.only(Mechanism.RPC_CALL_NOTIFICATION, "RPC_");
    }

    @Override
    public SystemUnderTest start() {
        ReferenceRpc reference = new ReferenceRpc();
        StartedCalls calls = new StartedCalls();
        RpcControl control = calls.recording(reference.control());
        ForwardingRpc adapter = decorate(reference.adapter(), control, calls);
        RpcControl acting = new RpcControl() {
            @Override
            public CallRef startCall(boolean asynchronous) {
                return control.startCall(asynchronous);
            }

            @Override
            public ServerThread workerThread() {
                return control.workerThread();
            }

            @Override
            public void clientCancels(CallRef call) {
                control.clientCancels(call);
                adapter.clientActed(call, true);
                afterAction(adapter);
            }

            @Override
            public void clientDisconnects(CallRef call) {
                control.clientDisconnects(call);
                adapter.clientActed(call, false);
                afterAction(adapter);
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
                boolean q = control.quiesce(deadline);
                adapter.flush();
                return q && control.quiesce(deadline);
            }
        };
        return new SystemUnderTest() {
            @Override
            public RpcServerAdapter rpc() {
                return adapter;
            }

            @Override
            public RpcControl rpcControl() {
                return acting;
            }

            @Override
            public void close() {
                reference.close();
            }
        };
    }
}
