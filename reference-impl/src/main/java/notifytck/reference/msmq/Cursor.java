package notifytck.reference.msmq;

import notifytck.spi.msmq.CursorPosition;

/**
 * The Cursor instance variable of a queue object: UNPOSITIONED when fresh, AT a message, or at
 * END, the sentinel past the last message. END has no memory of what it passed: a message put
 * afterwards is before it, and only a notification waiting at END moves the cursor onto it
 * (the Wait for New Message event). Guarded by the lock of the queue the cursor walks.
 */
final class Cursor {
    private CursorPosition.Kind kind = CursorPosition.Kind.UNPOSITIONED;
    private Message at;

    /** "Advance the cursor": the first message from UNPOSITIONED, the next one from AT; END stays. */
    void advance(MessagePositionList list) {
        switch (kind) {
            case UNPOSITIONED -> moveTo(list.first());
            case AT -> moveTo(list.after(at));
            case END -> { }
        }
    }

    /**
     * The CURRENT/NEXT search: from where the cursor is, step forward over every message that is
     * not suitable. True with the cursor left on a suitable message; false with it at END. A
     * message the cursor is on that has been received is no longer in the list and is stepped
     * over like an unsuitable one.
     */
    boolean seekSuitable(MessagePositionList list) {
        if (kind == CursorPosition.Kind.UNPOSITIONED) {
            advance(list);
        }
        while (kind == CursorPosition.Kind.AT) {
            if (at.isSuitable() && list.contains(at)) {
                return true;
            }
            advance(list);
        }
        return false;
    }

    boolean isAtEnd() {
        return kind == CursorPosition.Kind.END;
    }

    /** Wait for New Message succeeded: the cursor goes from END onto the message that arrived. */
    void moveOnto(Message arrived) {
        moveTo(arrived);
    }

    void set(CursorPosition.Kind newKind, Message message) {
        kind = newKind;
        at = message;
    }

    CursorPosition position() {
        return switch (kind) {
            case UNPOSITIONED -> CursorPosition.UNPOSITIONED;
            case AT -> CursorPosition.at(at.ref());
            case END -> CursorPosition.END;
        };
    }

    private void moveTo(Message m) {
        if (m == null) {
            kind = CursorPosition.Kind.END;
            at = null;
        } else {
            kind = CursorPosition.Kind.AT;
            at = m;
        }
    }

    @Override
    public String toString() {
        return kind == CursorPosition.Kind.AT ? "AT(" + at + ")" : kind.toString();
    }
}
