package notifytck.spi.rpc;

import java.time.Duration;

/** What the kit makes the RPC runtime and its clients do: start calls, cancel, disconnect, complete. */
public interface RpcControl {
    /** A client makes a call; RPC dispatches it on a thread of its own and it stays in progress. */
    CallRef startCall(boolean asynchronous);

    /** A server thread that is not dispatching any call. */
    ServerThread workerThread();

    /** The client cancels the call. */
    void clientCancels(CallRef call);

    /** The client's connection goes away. */
    void clientDisconnects(CallRef call);

    /** The server completes the call: returns from the manager routine, or RpcAsyncCompleteCall. */
    void completeCall(CallRef call);

    /** RpcAsyncAbortCall on an asynchronous call. */
    void abortCall(CallRef call);

    /** {@link notifytck.spi.Control#RPC_QUIESCE}: every notification due has been delivered. */
    default boolean quiesce(Duration deadline) {
        throw new UnsupportedOperationException("RPC_QUIESCE not declared");
    }
}
