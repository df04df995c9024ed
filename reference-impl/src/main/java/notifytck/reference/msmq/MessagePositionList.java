package notifytck.reference.msmq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The messages of one queue in arrival order, keyed by arrival number so that the cursor can step
 * from a message that has meanwhile been received to the one that followed it. Guarded by the
 * queue's lock.
 */
final class MessagePositionList {
    private final TreeMap<Long, Message> byPosition = new TreeMap<>();

    void append(Message m) {
        byPosition.put(m.position(), m);
    }

    void remove(Message m) {
        byPosition.remove(m.position());
    }

    /** Null when the queue is empty. */
    Message first() {
        Map.Entry<Long, Message> e = byPosition.firstEntry();
        return e == null ? null : e.getValue();
    }

    /** Null when {@code m} was the last: the End of the list. */
    Message after(Message m) {
        Map.Entry<Long, Message> e = byPosition.higherEntry(m.position());
        return e == null ? null : e.getValue();
    }

    /** The FIRST path's suitable message: the first suitable one from the head, or null. */
    Message firstSuitable() {
        for (Message m : byPosition.values()) {
            if (m.isSuitable()) {
                return m;
            }
        }
        return null;
    }

    boolean contains(Message m) {
        return byPosition.get(m.position()) == m;
    }

    List<Message> inOrder() {
        return new ArrayList<>(byPosition.values());
    }
}
