package notifytck.variants.spooler;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * The first listener to answer on a bidirectional channel becomes its partner: answers from any
 * other listener are accepted with S_OK and dropped, as a spooler that pairs the opener with one
 * answering listener would. One listener answering, however often, shows nothing.
 */
public final class AnswersBoundToFirstAnswerer extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-012";
    }

    @Override
    public String fault() {
        return "Once a listener has answered on a bidirectional channel, other listeners' answers are dropped (S_OK, never delivered).";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.SpoolerModelProperties");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<String> openers = ConcurrentHashMap.newKeySet();
        Map<String, NotificationType> types = new ConcurrentHashMap<>();
        Map<String, String> partner = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
                ChannelCreation c = super.createPrintAsyncNotifyChannel(caller, r);
                if (c.channel() != null) {
                    openers.add(c.channel().handle());
                    types.put(c.channel().channelId(), r.type());
                }
                return c;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                // Only an answer the channel would deliver is dropped: one of another type still gets its refusal
                // (REQ-SPOOL-CHAN-007), so this fault breaks REQ-SPOOL-CHAN-012 alone.
                if (channel != null && !openers.contains(channel.handle()) && data != null
                        && data.type().equals(types.get(channel.channelId()))
                        && !partner.computeIfAbsent(channel.channelId(), k -> channel.handle()).equals(channel.handle())) {
                    return HResult.of(0);
                }
                return super.sendNotification(channel, data);
            }
        };
    }
}
