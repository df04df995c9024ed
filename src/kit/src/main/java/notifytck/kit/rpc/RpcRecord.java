package notifytck.kit.rpc;

/** One thing that happened in an RPC scenario: a call the kit made, or a notification delivered. */
public record RpcRecord(Kind kind, String call, String target, int event, String detail) {
    public enum Kind { CALL_RETURNED, EVENT_SET, APC, PACKET, CALLBACK }

    @Override
    public String toString() {
        return switch (kind) {
            case CALL_RETURNED -> detail;
            case EVENT_SET -> "event \"" + target + "\" set (subscribed on " + call + ")";
            case APC -> call + ": APC event " + event + " on thread " + detail;
            case PACKET -> call + ": completion packet " + detail;
            case CALLBACK -> call + ": callback event " + event + " with handle " + detail;
        };
    }
}
