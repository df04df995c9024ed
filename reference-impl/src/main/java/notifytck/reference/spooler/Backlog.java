package notifytck.reference.spooler;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One receiver's notifications on one channel that are queued and not yet started: what the
 * channel's queue limit bounds. Two counts instead of one shared counter, because one counter
 * written by the sender at every send and by the receiver's lane at every delivery moved its cache
 * line between the two threads twice a delivery: the sender counts what it queued, under the
 * channel's monitor; the receiver's lane counts what started, and it runs one delivery at a time,
 * so each count has a single writer. The sender reads the lane's count only when its own view says
 * the limit is reached, so the limit is checked exactly, and read rarely.
 */
final class Backlog {
    private static final VarHandle STARTED;

    static {
        try {
            STARTED = MethodHandles.lookup().findVarHandle(Backlog.class, "started", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Under the channel's monitor. */
    private int queued;
    /** Under the channel's monitor: {@link #started} when last read. */
    private int startedSeen;
    /** Written by the receiver's lane alone (one delivery at a time), read by the sender. */
    private volatile int started;

    /** Under the channel's monitor: counts one more queued, or false when {@code limit} are waiting already. */
    boolean tryQueue(int limit) {
        if (queued - startedSeen >= limit) {
            startedSeen = started;
            if (queued - startedSeen >= limit) {
                return false;
            }
        }
        queued++;
        return true;
    }

    /** On the receiver's lane, as a delivery starts. */
    void started() {
        STARTED.setRelease(this, (int) STARTED.getOpaque(this) + 1);
    }
}
