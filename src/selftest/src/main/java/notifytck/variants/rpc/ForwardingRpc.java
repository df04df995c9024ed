package notifytck.variants.rpc;

import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** Passes every runtime call to the reference; a variant overrides where its fault lives. */
class ForwardingRpc implements RpcServerAdapter {
    protected final RpcServerAdapter inner;
    /** The calls the kit started, as the control saw them. */
    protected final StartedCalls calls;

    ForwardingRpc(RpcServerAdapter inner, StartedCalls calls) {
        this.inner = inner;
        this.calls = calls;
    }

    /** Told after the client cancelled or disconnected a call, for faults that depend on it. */
    void clientActed(CallRef call, boolean cancelled) {}

    /** Told after a client's call arrived, for faults that keep their own book of calls. */
    void callStarted(CallRef call) {}

    /** Told after the server completed or aborted a call. */
    void callEnded(CallRef call) {}

    /**
     * Waits for work the fault itself started on threads of its own, as part of the reference's
     * quiesce: a fault must be seen by the rule it breaks, not by the kit finding the implementation
     * quiet too early. False if {@code deadline} passed first.
     */
    boolean quiesceOwn(java.time.Duration deadline) {
        return true;
    }

    /** The binding handle of the call a runtime call is about: the binding given, or the call dispatched on the thread. */
    protected String callOf(ServerThread onThread, BindingRef binding) {
        if (binding != null) {
            return binding.handle();
        }
        CallRef c = calls.dispatchedOn(onThread);
        return c == null ? null : c.binding().handle();
    }

    @Override
    public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
        return inner.subscribeForNotification(onThread, binding, notification, type, info);
    }

    @Override
    public Unsubscription unsubscribeForNotification(ServerThread onThread, BindingRef binding, int notification) {
        return inner.unsubscribeForNotification(onThread, binding, notification);
    }

    @Override
    public RpcStatus testCancel(ServerThread onThread, BindingRef binding) {
        return inner.testCancel(onThread, binding);
    }

    @Override
    public boolean isClientDisconnected(ServerThread onThread, BindingRef binding) {
        return inner.isClientDisconnected(onThread, binding);
    }
}
