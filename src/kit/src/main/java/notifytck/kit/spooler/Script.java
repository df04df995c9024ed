package notifytck.kit.spooler;

/** What an actor's callback does on each notification, beyond recording it. */
public record Script(Kind kind, String text, long busyMicros) {
    public enum Kind { NONE, CLOSE_AND_RELEASE, BUSY }

    public static final Script NONE = new Script(Kind.NONE, null, 0);

    public static Script closeAndRelease(String reason) {
        return new Script(Kind.CLOSE_AND_RELEASE, reason, 0);
    }

    /** A listener slower than its sender: it works this long on each notification before it returns. */
    public static Script busyFor(long micros) {
        if (micros <= 0) {
            throw new IllegalArgumentException("a listener's time per notification must be positive, was " + micros + " us");
        }
        return new Script(Kind.BUSY, null, micros);
    }
}
