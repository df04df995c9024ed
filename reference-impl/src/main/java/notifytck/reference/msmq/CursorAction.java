package notifytck.reference.msmq;

import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;

/** The Cursor parameter (MQMSGCURSOR, [MC-MQAC] 2.2.2.8) once it has been checked. */
enum CursorAction {
    FIRST, CURRENT, NEXT;

    /** Null for a value that is none of the three: step 1's E_INVALIDARG. Not given means FIRST. */
    static CursorAction of(OptionalInt32 cursor) {
        if (cursor == null || !cursor.given()) {
            return FIRST;
        }
        switch (cursor.value()) {
            case MsmqConstants.MQMSG_FIRST:
                return FIRST;
            case MsmqConstants.MQMSG_CURRENT:
                return CURRENT;
            case MsmqConstants.MQMSG_NEXT:
                return NEXT;
            default:
                return null;
        }
    }

    /** CURRENT and NEXT walk the queue object's cursor; FIRST looks from the head and leaves it alone. */
    boolean usesCursor() {
        return this != FIRST;
    }
}
