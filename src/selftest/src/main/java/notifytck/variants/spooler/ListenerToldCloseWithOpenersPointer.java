package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;

/**
 * Tells a listener that the channel closed through the opener's pointer instead of the one the
 * listener was handed: the channel is the same, the pointer is another party's. An output looked at
 * only in part. (Written after a blind fault the suite missed: ChannelClosed's channel was compared
 * by channel, not by pointer.)
 */
public final class ListenerToldCloseWithOpenersPointer extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "Calls a listener's ChannelClosed with the opener's pointer to the channel, not the pointer the listener was handed.";
    }

    @Override
    ForwardingSpooler decorate(notifytck.spi.spooler.SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                if (r == null || r.callback() == null) {
                    return super.registerForPrintAsyncNotifications(caller, r);
                }
                NotifyCallback kit = r.callback();
                NotifyCallback listener = new ForwardingCallback(kit) {
                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        Opened o = openedAs(channel);
                        kit.channelClosed(o == null ? channel : o.opener(), reason);
                    }
                };
                return inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), listener));
            }
        };
    }
}
