package notifytck.reference.spooler;

import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotifyCallback;

/**
 * One party's IPrintAsyncNotifyChannel pointer: the opener's, or one listener's on a bidirectional
 * channel. Each has its own handle and its own reference count, because the Release rules differ
 * per party (the closer keeps its reference, the others are released on their behalf). The count
 * is guarded by the channel's lock.
 */
final class ChannelPointer {
    private final ChannelRef ref;
    private final NotifyCallback callback;
    private long count = 1;

    ChannelPointer(ChannelRef ref, NotifyCallback callback) {
        this.ref = ref;
        this.callback = callback;
    }

    ChannelRef ref() {
        return ref;
    }

    /** Where events for this party go; null for an opener that wants no responses. */
    NotifyCallback callback() {
        return callback;
    }

    long addRef() {
        return ++count;
    }

    /** Never below zero: a release through a dead pointer changes nothing. */
    long release() {
        if (count > 0) {
            count--;
        }
        return count;
    }

    /**
     * A party whose count reached zero has given the channel up: it is sent nothing more and told
     * nothing more.
     */
    boolean isHeld() {
        return count > 0;
    }
}
