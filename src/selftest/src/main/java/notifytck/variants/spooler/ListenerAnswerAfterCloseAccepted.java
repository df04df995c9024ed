package notifytck.variants.spooler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;

/**
 * Checks for a closed channel only on the opener's sends: a listener that still holds its pointer
 * (it closed the channel itself, or was busy with a notification when the opener closed) answers
 * with S_OK, and the answer is dropped. A second party as the sender, after the state changed.
 * (Written after a blind fault the suite missed: only the opener ever sent after a close.)
 */
public final class ListenerAnswerAfterCloseAccepted extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-032";
    }

    @Override
    public String fault() {
        return "A listener's SendNotification on a channel already closed returns S_OK and drops the answer; only the opener's gets CHANNEL_ALREADY_CLOSED.";
    }

    @Override
    ForwardingSpooler decorate(notifytck.spi.spooler.SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            /** Channels some party closed successfully through this decorator. */
            private final Set<String> closed = ConcurrentHashMap.newKeySet();

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                if (r != null && r.succeeded() && channel != null) {
                    closed.add(channel.channelId());
                }
                return r;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                if (isListenersPointer(channel) && closed.contains(channel.channelId())) {
                    return HResult.of(0);
                }
                return super.sendNotification(channel, data);
            }
        };
    }
}
