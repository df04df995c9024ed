package notifytck.reference.msmq;

/**
 * Where the queue manager reads the time a timeout is measured against. Nanoseconds, so that a
 * real-time timeout never fires a fraction of a millisecond before its ReceiveTimeout.
 */
interface Clock {
    long nowNanos();
}
