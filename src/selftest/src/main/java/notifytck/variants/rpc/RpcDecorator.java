package notifytck.variants.rpc;

import notifytck.reference.rpc.ReferenceRpc;
import notifytck.spi.Mechanism;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;

/** A reference RPC runtime with one fault, put in front of it as a decorator of the SPI. */
public abstract class RpcDecorator extends notifytck.variants.DecoratedReference {
    abstract ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls);

    @Override
    public Mechanism mechanism() {
        return Mechanism.RPC_CALL_NOTIFICATION;
    }

    @Override
    public SystemUnderTest start() {
        ReferenceRpc reference = new ReferenceRpc();
        StartedCalls calls = new StartedCalls();
        RpcControl control = calls.recording(reference.control());
        ForwardingRpc adapter = decorate(reference.adapter(), calls);
        calls.tell(adapter);
        // The client's actions are told to the decorator, for faults that depend on them (calls arriving and ending are told by StartedCalls).
        RpcControl acting = new ForwardingRpcControl(control) {
            @Override
            public void clientCancels(CallRef call) {
                super.clientCancels(call);
                adapter.clientActed(call, true);
            }

            @Override
            public void clientDisconnects(CallRef call) {
                super.clientDisconnects(call);
                adapter.clientActed(call, false);
            }

            @Override
            public boolean quiesce(java.time.Duration deadline) {
                long end = System.nanoTime() + deadline.toNanos();
                // The fault's own threads may deliver through the reference and the reference through them: until both are quiet at once.
                while (true) {
                    if (!super.quiesce(java.time.Duration.ofNanos(Math.max(0, end - System.nanoTime())))
                            || !adapter.quiesceOwn(java.time.Duration.ofNanos(Math.max(0, end - System.nanoTime())))) {
                        return false;
                    }
                    if (super.quiesce(java.time.Duration.ZERO)) {
                        return true;
                    }
                }
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
