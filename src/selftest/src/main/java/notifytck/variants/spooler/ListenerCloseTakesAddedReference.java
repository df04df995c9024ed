package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A listener's successful CloseChannel gives back one reference it added with AddRef: its Release
 * that matches the AddRef then frees the channel while it still owns its pointer. Another party as
 * the closer, holding a reference it added. (Found by a blind fault-writing review.)
 */
public final class ListenerCloseTakesAddedReference extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-021";
    }

    @Override
    public String fault() {
        return "A listener's successful close releases one reference it had added with AddRef.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<ChannelRef, Integer> added = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public long addRef(ChannelRef channel) {
                long n = super.addRef(channel);
                if (channel != null && n > 0) {
                    added.merge(channel, 1, Integer::sum);
                }
                return n;
            }

            @Override
            public long release(ChannelRef channel) {
                if (channel != null) {
                    added.computeIfPresent(channel, (c, k) -> k > 1 ? k - 1 : null);
                }
                return super.release(channel);
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                if (isListenersPointer(channel) && HResult.of(0).equals(r) && added.containsKey(channel)) {
                    release(channel);
                }
                return r;
            }
        };
    }
}
