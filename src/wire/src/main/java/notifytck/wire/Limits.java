package notifytck.wire;

/** What a program may do before the kit calls it a flood; protocol.md states them. */
public final class Limits {
    private Limits() {}

    /** Callbacks received and not yet run, on one session. */
    public static final int MAX_WAITING_CALLBACKS = 10_000;
    /** Callbacks during one scenario: far more than any rule needs, so more is a flood even if the kit keeps up. */
    public static final int MAX_CALLBACKS_PER_SCENARIO = 100_000;
    /** Callbacks to targets of ended scenarios, over a session: a few are reported, a stream of them is a flood. */
    public static final int MAX_CALLBACKS_AFTER_STOP = 1_000;
    /** Bytes of stderr during one scenario. */
    public static final long STDERR_BYTES_PER_SCENARIO = 4L << 20;
}
