package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * When a listener closes a channel whose opener gave no callback, the opener's pointer is not
 * released on its behalf: its CloseChannel then fails as already closed, so it never releases,
 * and the channel object stays for good. A value not usually picked: an opener without a callback.
 * (Found by a blind fault-writing review: REQ-SPOOL-CHAN-024 was shown with an opener that has one.)
 */
public final class OpenerWithoutCallbackKeptAfterListenerClose extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-024";
    }

    @Override
    public String fault() {
        return "A listener's close does not release, on its behalf, the pointer of an opener that gave no callback.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                if (isListenersPointer(channel) && openedAs(channel).request().callback() == null) {
                    // The spooler's release on the opener's behalf, cancelled in advance by one reference more.
                    super.addRef(openedAs(channel).opener());
                }
                return super.closeChannel(channel, reason);
            }
        };
    }
}
