package notifytck.reference.msmq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notifications one queue owes. FIRST waiters wait for any suitable message in the queue;
 * CURRENT/NEXT waiters wait at END of their queue object's cursor, so they are grouped by queue
 * object: one new message moves that shared cursor once, for all of them. Guarded by the queue's
 * lock. Insertion order is kept so that simultaneous events are handed over in call order.
 */
final class WaitList {
    private final Set<PendingNotification> first = new LinkedHashSet<>();
    private final Map<QueueObject, Set<PendingNotification>> atEnd = new LinkedHashMap<>();
    private int size;

    void add(PendingNotification p) {
        boolean added = p.action().usesCursor()
                ? atEnd.computeIfAbsent(p.target(), q -> new LinkedHashSet<>()).add(p)
                : first.add(p);
        if (added) {
            size++;
        }
    }

    /** False when it had already left: its other outcome got there first. */
    boolean remove(PendingNotification p) {
        boolean removed;
        if (p.action().usesCursor()) {
            Set<PendingNotification> group = atEnd.get(p.target());
            removed = group != null && group.remove(p);
            if (group != null && group.isEmpty()) {
                atEnd.remove(p.target());
            }
        } else {
            removed = first.remove(p);
        }
        if (removed) {
            size--;
        }
        return removed;
    }

    /** Every FIRST waiter, removed. */
    List<PendingNotification> takeFirstWaiters() {
        List<PendingNotification> taken = new ArrayList<>(first);
        first.clear();
        size -= taken.size();
        return taken;
    }

    /** The queue objects whose cursors have notifications waiting at END. */
    Collection<QueueObject> waitingCursors() {
        return new ArrayList<>(atEnd.keySet());
    }

    boolean hasCursorWaiters(QueueObject q) {
        return atEnd.containsKey(q);
    }

    /** Every notification waiting on {@code q}'s cursor, removed. */
    List<PendingNotification> takeCursorWaiters(QueueObject q) {
        Set<PendingNotification> group = atEnd.remove(q);
        if (group == null) {
            return List.of();
        }
        size -= group.size();
        return new ArrayList<>(group);
    }

    int size() {
        return size;
    }
}
