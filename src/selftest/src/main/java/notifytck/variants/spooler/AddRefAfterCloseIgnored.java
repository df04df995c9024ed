package notifytck.variants.spooler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Once a pointer's own CloseChannel succeeded, AddRef through it adds nothing: the closer's two
 * Releases then free the channel one Release early. The moment varied: a reference added after
 * the close. (Found by a blind fault-writing review.)
 */
public final class AddRefAfterCloseIgnored extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-021";
    }

    @Override
    public String fault() {
        return "AddRef through a pointer whose own CloseChannel succeeded adds no reference.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<ChannelRef> closedByThem = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                if (channel != null && HResult.of(0).equals(r)) {
                    closedByThem.add(channel);
                }
                return r;
            }

            @Override
            public long addRef(ChannelRef channel) {
                return channel != null && closedByThem.contains(channel) ? 0 : super.addRef(channel);
            }
        };
    }
}
