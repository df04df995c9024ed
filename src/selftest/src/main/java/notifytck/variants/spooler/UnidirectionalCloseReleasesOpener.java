package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/** Frees a unidirectional channel as soon as its opener closes it, ahead of the opener's own Release. */
public final class UnidirectionalCloseReleasesOpener extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-022";
    }

    @Override
    public String fault() {
        return "Frees a unidirectional channel as soon as its opener closes it, ahead of the opener's own Release.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<String> openers = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                ChannelCreation created = super.createPrintAsyncNotifyChannel(c, r);
                if (created.channel() != null && r.style() == ConversationStyle.UNIDIRECTIONAL) {
                    openers.add(created.channel().handle());
                }
                return created;
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                if (r.succeeded() && channel != null && openers.remove(channel.handle())) {
                    super.release(channel);
                }
                return r;
            }
        };
    }
}
