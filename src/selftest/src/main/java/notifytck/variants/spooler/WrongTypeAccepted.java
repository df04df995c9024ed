package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.SpoolerAdapter;

/** Does not check a notification's type: sends it as if it were of the channel's type. */
public final class WrongTypeAccepted extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-007";
    }

    @Override
    public String fault() {
        return "Does not check a notification's type: sends it as if it were of the channel's type.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<String, NotificationType> types = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                ChannelCreation created = super.createPrintAsyncNotifyChannel(c, r);
                if (created.channel() != null) {
                    types.put(created.channel().channelId(), r.type());
                }
                return created;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                NotificationType t = channel == null ? null : types.get(channel.channelId());
                return super.sendNotification(channel, t == null ? data : new NotificationData(t, data.payload()));
            }
        };
    }
}
