package notifytck.reference.msmq;

/**
 * Time that starts at 0 and moves only when the kit says, so a timeout can be checked at exactly
 * T and at T minus one millisecond without racing the machine. Only {@link TimerQueue} moves it,
 * under its own monitor, so no timer can be scheduled against a reading that is already stale.
 */
final class VirtualClock implements Clock {
    private volatile long now;

    @Override
    public long nowNanos() {
        return now;
    }

    /** Saturates instead of wrapping: "60 days later" must stay later, whatever the kit asks. */
    void advance(long byNanos) {
        long next = now + byNanos;
        now = next < now ? Long.MAX_VALUE : next;
    }
}
