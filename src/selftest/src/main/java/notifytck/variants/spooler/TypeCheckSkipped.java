package notifytck.variants.spooler;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.SpoolerAdapter;

/** A spooler that skips the notification type check for some senders: their notifications go out as the channel's type. */
abstract class TypeCheckSkipped extends SpoolerDecorator {
    /** Whether the check is skipped for a send through this pointer; {@code opener} says whose pointer it is. */
    abstract boolean skipsFor(boolean opener);

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<String, NotificationType> types = new ConcurrentHashMap<>();
        Set<String> openerHandles = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                ChannelCreation created = super.createPrintAsyncNotifyChannel(c, r);
                if (created.channel() != null) {
                    types.put(created.channel().channelId(), r.type());
                    openerHandles.add(created.channel().handle());
                }
                return created;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                NotificationType t = channel == null || !skipsFor(openerHandles.contains(channel.handle())) ? null : types.get(channel.channelId());
                return super.sendNotification(channel, t == null ? data : new NotificationData(t, data.payload()));
            }
        };
    }
}
