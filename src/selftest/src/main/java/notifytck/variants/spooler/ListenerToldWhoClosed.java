package notifytck.variants.spooler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A listener's call on a closed channel says who closed it, with the codes "Notification Errors"
 * gives for that: CHANNEL_CLOSED_BY_SERVER when the opener closed, CHANNEL_CLOSED_BY_SAME_LISTENER
 * when the listener itself did, CHANNEL_CLOSED_BY_ANOTHER_LISTENER when another listener did. The
 * opener still gets CHANNEL_ALREADY_CLOSED. (An independent implementation written from the pages
 * made this choice, and the kit rejected it until the rule's reading took it in.)
 */
public final class ListenerToldWhoClosed extends SpoolerDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "A listener's send or close on a closed channel returns CHANNEL_CLOSED_BY_SERVER, _BY_SAME_LISTENER or _BY_ANOTHER_LISTENER instead of CHANNEL_ALREADY_CLOSED.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-CHAN-032", "REQ-SPOOL-CHAN-018");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        // Per channel, the pointer whose close succeeded.
        Map<String, ChannelRef> closer = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            private HResult told(ChannelRef caller, HResult r) {
                ChannelRef by = caller == null ? null : closer.get(caller.channelId());
                if (by == null || !isListenersPointer(caller) || !PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.is(r, true)) {
                    return r;
                }
                PrintAsyncNotifyError who = !isListenersPointer(by) ? PrintAsyncNotifyError.CHANNEL_CLOSED_BY_SERVER
                        : by.equals(caller) ? PrintAsyncNotifyError.CHANNEL_CLOSED_BY_SAME_LISTENER
                        : PrintAsyncNotifyError.CHANNEL_CLOSED_BY_ANOTHER_LISTENER;
                return who.asError();
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                return told(channel, super.sendNotification(channel, data));
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                if (channel != null && r != null && r.value() == 0) {
                    closer.putIfAbsent(channel.channelId(), channel);
                }
                return told(channel, r);
            }
        };
    }
}
