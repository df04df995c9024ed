package notifytck.reference.msmq;

import java.util.ArrayList;
import java.util.List;

/**
 * Events decided while a queue's lock is held, handed to the dispatch only once it is released:
 * an event object's handler may call back into the queue manager, and must never find a lock
 * taken. Each event is counted as outstanding the moment it is decided, so quiesce cannot see
 * an idle system between the decision and the hand-over. One outbox per locked section.
 */
final class Outbox {
    private final EventDispatch dispatch;
    private final List<FiredEvent> decided = new ArrayList<>();

    Outbox(EventDispatch dispatch) {
        this.dispatch = dispatch;
    }

    void add(FiredEvent e) {
        dispatch.reserve();
        decided.add(e);
    }

    /** Call with no lock held. */
    void handOver() {
        for (FiredEvent e : decided) {
            dispatch.enqueueReserved(e);
        }
        decided.clear();
    }
}
