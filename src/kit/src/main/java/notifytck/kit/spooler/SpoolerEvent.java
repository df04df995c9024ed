package notifytck.kit.spooler;

import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;

/**
 * One thing that happened in a spooler scenario. Callback events are recorded on the thread the
 * implementation called them on; call events on the thread that made the call.
 */
public record SpoolerEvent(Kind kind, String actor, ChannelRef ref, String payload, HResult result, String call) {
    public enum Kind {
        /** OnEventNotify entered. */
        NOTIFIED,
        /** OnEventNotify returned to the implementation. */
        NOTIFY_RETURNED,
        /** ChannelClosed entered; payload is the reason, null for none. */
        CLOSED,
        /** ChannelClosed returned to the implementation. */
        CLOSED_RETURNED,
        /** A call the scenario made returned. */
        CALL_RETURNED,
        /** A call a callback made from inside OnEventNotify returned. */
        CALLBACK_CALL_RETURNED,
        /** A held callback gave up waiting to be let go. */
        HOLD_EXPIRED
    }

    public static SpoolerEvent notified(String actor, ChannelRef ref, String payload) {
        return new SpoolerEvent(Kind.NOTIFIED, actor, ref, payload, null, null);
    }

    public static SpoolerEvent closed(String actor, ChannelRef ref, String reason) {
        return new SpoolerEvent(Kind.CLOSED, actor, ref, reason, null, null);
    }

    public static SpoolerEvent marker(Kind kind, String actor, ChannelRef ref, String payload) {
        return new SpoolerEvent(kind, actor, ref, payload, null, null);
    }

    public static SpoolerEvent call(Kind kind, String actor, String call, String payload, HResult result) {
        return new SpoolerEvent(kind, actor, null, payload, result, call);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(actor).append(' ').append(kind);
        if (call != null) {
            b.append(' ').append(call);
        }
        if (payload != null) {
            b.append(" \"").append(payload).append('"');
        }
        if (ref != null) {
            b.append(" via ").append(ref.handle()).append(" (channel ").append(ref.channelId()).append(')');
        } else if (kind == Kind.NOTIFIED) {
            b.append(" with no channel");
        }
        if (result != null) {
            b.append(" -> ").append(result);
        }
        return b.toString();
    }
}
