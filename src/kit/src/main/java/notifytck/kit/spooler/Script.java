package notifytck.kit.spooler;

/** What an actor's callback does on each notification, beyond recording it. */
public record Script(Kind kind, String text) {
    public enum Kind { NONE, CLOSE_AND_RELEASE }

    public static final Script NONE = new Script(Kind.NONE, null);

    public static Script closeAndRelease(String reason) {
        return new Script(Kind.CLOSE_AND_RELEASE, reason);
    }
}
