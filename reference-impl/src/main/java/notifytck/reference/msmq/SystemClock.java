package notifytck.reference.msmq;

/** The machine's monotonic clock, from the instance's start; wall-clock jumps must not fire timeouts. */
final class SystemClock implements Clock {
    private final long origin = System.nanoTime();

    @Override
    public long nowNanos() {
        return System.nanoTime() - origin;
    }
}
