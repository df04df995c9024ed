package notifytck.variants.spooler;

import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/** A spooler that skips the notification type check for some senders: their notifications go out as the channel's type. */
abstract class TypeCheckSkipped extends SpoolerDecorator {
    /** Whether the check is skipped for a send through this pointer; {@code opener} says whose pointer it is. */
    abstract boolean skipsFor(boolean opener);

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                Opened o = openedAs(channel);
                boolean skipped = o != null && skipsFor(o.opener().equals(channel));
                return super.sendNotification(channel, skipped ? new NotificationData(o.request().type(), data.payload()) : data);
            }
        };
    }
}
