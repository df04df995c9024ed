package notifytck.variants.spooler;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Answers QueryInterface through a pointer whose own CloseChannel succeeded with
 * CHANNEL_ALREADY_CLOSED (the send's check copied over), adding no reference, though the object
 * lives until that pointer's Release. Two checks at once, at a moment not usually picked. (Written
 * after a blind fault the suite missed: no query came between a close and its Release.)
 */
public final class QueryRefusedAfterOwnClose extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-014";
    }

    @Override
    public String fault() {
        return "QueryInterface through a pointer its holder closed is refused with CHANNEL_ALREADY_CLOSED and adds no reference.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<ChannelRef> closedThrough = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                if (r != null && r.succeeded() && channel != null) {
                    closedThrough.add(channel);
                }
                return r;
            }

            @Override
            public HResult queryInterface(ChannelRef channel, UUID iid) {
                if (closedThrough.contains(channel)) {
                    return HResult.of(0x80000000 | (PrintAsyncNotifyError.FACILITY_ITF << 16) | PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.code());
                }
                return super.queryInterface(channel, iid);
            }
        };
    }
}
