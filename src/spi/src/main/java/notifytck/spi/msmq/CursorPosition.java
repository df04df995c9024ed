package notifytck.spi.msmq;

import java.util.Objects;

/** Where a queue object's cursor is: not yet positioned, at a message, or past the last one. */
public record CursorPosition(Kind kind, MessageRef message) {
    public enum Kind { UNPOSITIONED, AT, END }

    public CursorPosition {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.AT) != (message != null)) {
            throw new IllegalArgumentException("a cursor has a message exactly when it is AT one: " + kind + ", " + message);
        }
    }

    public static final CursorPosition UNPOSITIONED = new CursorPosition(Kind.UNPOSITIONED, null);
    public static final CursorPosition END = new CursorPosition(Kind.END, null);

    public static CursorPosition at(MessageRef m) {
        return new CursorPosition(Kind.AT, m);
    }
}
