package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * CloseChannel looks at whether the channel is closed before it takes the channel's lock, so two
 * parties closing at the same moment both get past the look, and both succeed. A race: it shows
 * only when the two closes overlap, which a channel busy with sends makes likely, since each close
 * then waits for the lock. Written after blind rounds 8 and 11, whose writers both made this
 * fault and whose kits missed it.
 *
 * <p>The reference takes its lock first, so the decorator makes the early look itself: a close
 * that found the channel open, and then lost to a close that succeeded while it was under way,
 * answers S_OK as the winner did.
 */
public final class CloseCheckedOutsideLock extends SpoolerDecorator implements FaultyVariant {
    private static final HResult S_OK = HResult.of(0);
    /** CHANNEL_ALREADY_CLOSED, prnasnot.h, with the reference's facility. */
    private static final int ALREADY_CLOSED_CODE = 0x08;

    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "Two parties closing a channel at the same moment both succeed: CloseChannel looks at \"closed\" before its lock.";
    }

    @Override
    public boolean racy() {
        return true;
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        /** The channels a close has succeeded on. */
        Map<String, Boolean> closedByACall = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                if (channel == null) {
                    return super.closeChannel(channel, reason);
                }
                boolean lookedOpen = !closedByACall.containsKey(channel.channelId()); // the look before the lock
                HResult r = super.closeChannel(channel, reason);
                if (S_OK.equals(r)) {
                    closedByACall.put(channel.channelId(), true);
                    return r;
                }
                if (lookedOpen && r != null && r.failed() && (r.value() & 0xFFFF) == ALREADY_CLOSED_CODE
                        && closedBySomeoneElse(closedByACall, channel.channelId())) {
                    return S_OK; // got past the look while the other closer was still on its way
                }
                return r;
            }
        };
    }

    /** The winner records its success a moment after its call returned; a channel the spooler closed itself never is. */
    private static boolean closedBySomeoneElse(Map<String, Boolean> closed, String channelId) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        while (!closed.containsKey(channelId)) {
            if (System.nanoTime() - until > 0) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
