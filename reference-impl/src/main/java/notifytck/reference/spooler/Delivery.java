package notifytck.reference.spooler;

/**
 * One event waiting in a lane. It decides only when its turn comes whether it still applies (a
 * notification of a channel closed meanwhile is discarded then), which is what lets a close
 * discard queued notifications without searching the lanes.
 */
interface Delivery {
    /** Runs on a pool thread; calls the receiver's callback with no lock held. */
    void deliver();
}
