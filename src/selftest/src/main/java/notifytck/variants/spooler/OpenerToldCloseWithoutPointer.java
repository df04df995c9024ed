package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;

/**
 * Tells the opener that its channel closed, with the closer's reason, but passes no channel
 * pointer: the opener cannot tell which of its channels ended. Listeners are told correctly.
 */
public final class OpenerToldCloseWithoutPointer extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "Calls the opener's ChannelClosed with the reason but without the channel pointer.";
    }

    @Override
    ForwardingSpooler decorate(notifytck.spi.spooler.SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                if (r == null || r.callback() == null) {
                    return super.createPrintAsyncNotifyChannel(c, r);
                }
                NotifyCallback kit = r.callback();
                NotifyCallback opener = new ForwardingCallback(kit) {
                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        kit.channelClosed(null, reason);
                    }
                };
                return inner.createPrintAsyncNotifyChannel(c, new ChannelRequest(r.name(), r.type(), r.userFilter(), r.style(), opener));
            }
        };
    }
}
