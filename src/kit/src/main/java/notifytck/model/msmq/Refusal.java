package notifytck.model.msmq;

import java.util.ArrayList;
import java.util.List;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;

/**
 * The synchronous checks of EnableNotification in the document's list order ([MC-MQAC]
 * 3.11.4.1.9, processing rules): cursor, IsInitialized, IsClosed, Event, access. The first that
 * fails decides the code. The rule a wrong code breaks is the failing check's own rule when it is
 * the only one, and the ordering rule when several fail at once.
 */
record Refusal(HResult code, String rule) {
    static Refusal of(boolean initialized, boolean closed, boolean event, int access, OptionalInt32 cursor) {
        List<Refusal> failing = new ArrayList<>();
        boolean badCursor = cursor.given() && (cursor.value() < MsmqConstants.MQMSG_FIRST || cursor.value() > MsmqConstants.MQMSG_NEXT);
        if (badCursor) {
            failing.add(new Refusal(MsmqConstants.E_INVALIDARG, "REQ-MSMQ-ENABLE-005"));
        }
        if (!initialized) {
            failing.add(new Refusal(MsmqConstants.OLE_E_BLANK, "REQ-MSMQ-ENABLE-006"));
        }
        if (closed) {
            failing.add(new Refusal(MsmqConstants.MQ_ERROR_INVALID_HANDLE, "REQ-MSMQ-ENABLE-007"));
        }
        if (!event) {
            failing.add(new Refusal(MsmqConstants.E_INVALIDARG, "REQ-MSMQ-ENABLE-001"));
        }
        if (access != MsmqConstants.MQ_PEEK_ACCESS && access != MsmqConstants.MQ_PEEK_ADMIN_ACCESS) {
            failing.add(new Refusal(MsmqConstants.MQ_ERROR_ACCESS_DENIED, "REQ-MSMQ-ENABLE-009"));
        }
        if (failing.isEmpty()) {
            return null;
        }
        Refusal first = failing.get(0);
        if (failing.size() == 1) {
            return first;
        }
        // A null event behind a closed or uninitialized queue object has a rule of its own, when it is
        // the only later check that fails; with a wrong access as well, the whole order (010) decides.
        boolean accessAllowed = access == MsmqConstants.MQ_PEEK_ACCESS || access == MsmqConstants.MQ_PEEK_ADMIN_ACCESS;
        boolean eventLate = !event && !badCursor && (!initialized || closed) && accessAllowed;
        return new Refusal(first.code(), eventLate ? "REQ-MSMQ-ENABLE-008" : "REQ-MSMQ-ENABLE-010");
    }
}
