package notifytck.spi.spooler;

import java.util.Objects;

/**
 * One party's IPrintAsyncNotifyChannel pointer, as an opaque handle the implementation issues.
 * The sender's pointer and each listener's pointer to the same channel are different handles;
 * {@link #channelId()} names the channel they share.
 */
public record ChannelRef(String handle, String channelId) {
    public ChannelRef {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(channelId, "channelId");
    }
}
