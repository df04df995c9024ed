package notifytck.variants.spooler;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * QueryInterface through a listener's pointer adds its reference to the opener's pointer: the
 * listener's balancing Release then gives up the pointer it answers on. A second party: the
 * listener's pointer, where the query was only tried on the opener's. (Found by a blind
 * fault-writing review.)
 */
public final class QueryThroughListenerAddsToOpener extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-014";
    }

    @Override
    public String fault() {
        return "QueryInterface through a listener's pointer adds the reference to the opener's pointer.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<String, ChannelRef> openers = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                ChannelCreation created = super.createPrintAsyncNotifyChannel(c, r);
                if (created.channel() != null) {
                    openers.put(created.channel().channelId(), created.channel());
                }
                return created;
            }

            @Override
            public HResult queryInterface(ChannelRef channel, UUID iid) {
                ChannelRef opener = channel == null ? null : openers.get(channel.channelId());
                return super.queryInterface(opener != null && !opener.equals(channel) ? opener : channel, iid);
            }
        };
    }
}
