package notifytck.reference.msmq;

/**
 * Fires the timeouts that are due, earliest first. One at a time, each under its own queue's
 * lock and handed over before the next, so timeouts reach their event objects in due order even
 * when the real-time waker and a quiesce both come to fire them.
 */
final class Expiry {
    private final TimerQueue timers;
    private final EventDispatch dispatch;

    Expiry(TimerQueue timers, EventDispatch dispatch) {
        this.timers = timers;
        this.dispatch = dispatch;
    }

    synchronized void expireDue() {
        Outbox out = new Outbox(dispatch);
        PendingNotification p;
        while ((p = timers.pollDue()) != null) {
            MessageQueue q = p.queue();
            q.lock();
            try {
                q.expire(p, out);
            } finally {
                q.unlock();
            }
            out.handOver();
        }
    }

    /** The virtual clock moves and everything due by the new time fires before this returns. */
    synchronized void advance(VirtualClock clock, long byNanos) {
        timers.advance(clock, byNanos);
        expireDue();
    }
}
