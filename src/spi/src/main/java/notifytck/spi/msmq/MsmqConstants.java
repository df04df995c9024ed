package notifytck.spi.msmq;

import notifytck.spi.HResult;

/**
 * The values EnableNotification's document names, with where each is defined. Where the document
 * prints a value the public headers contradict, the header wins and the misprint is kept in
 * {@link #MISPRINTS} so a failure can name the near miss.
 */
public final class MsmqConstants {
    private MsmqConstants() {}

    /** MQMSGCURSOR, [MC-MQAC] 2.2.2.8. */
    public static final int MQMSG_FIRST = 0x0;
    public static final int MQMSG_CURRENT = 0x1;
    public static final int MQMSG_NEXT = 0x2;

    /** MQACCESS, mq.h (the access values MQOpenQueue and IMSMQQueueInfo::Open take). */
    public static final int MQ_RECEIVE_ACCESS = 0x01;
    public static final int MQ_SEND_ACCESS = 0x02;
    public static final int MQ_PEEK_ACCESS = 0x20;
    public static final int MQ_ADMIN_ACCESS = 0x80;
    /** The document's PeekAdminAccess: peek combined with admin. */
    public static final int MQ_PEEK_ADMIN_ACCESS = MQ_PEEK_ACCESS | MQ_ADMIN_ACCESS;

    /** INFINITE, winbase.h (0xFFFFFFFF; -1 as the signed VT_I4 the parameter carries). */
    public static final int INFINITE = 0xFFFF_FFFF;

    /** winerror.h, as the document gives them. */
    public static final HResult E_INVALIDARG = HResult.of(0x8007_0057);
    public static final HResult OLE_E_BLANK = HResult.of(0x8004_0007);
    /** mq.h, as the document gives them. */
    public static final HResult MQ_ERROR_INVALID_HANDLE = HResult.of(0xC00E_0007);
    public static final HResult MQ_ERROR_IO_TIMEOUT = HResult.of(0xC00E_001B);
    public static final HResult MQ_ERROR_ILLEGAL_CURSOR_ACTION = HResult.of(0xC00E_001C);
    public static final HResult MQ_ERROR_ACCESS_DENIED = HResult.of(0xC00E_0025);
    /**
     * mq.h (mingw-w64; the Windows SDK metadata agrees): 0xC00E0088. The document prints 0xc00e0008
     * twice; see {@link #MISPRINTS}.
     */
    public static final HResult MQ_ERROR_MESSAGE_NOT_FOUND = HResult.of(0xC00E_0088);
    /** mq.h: the code the document's misprint of MQ_ERROR_MESSAGE_NOT_FOUND actually is. */
    public static final HResult MQ_ERROR_OPERATION_CANCELLED = HResult.of(0xC00E_0008);

    /** A value the document prints that the public headers contradict. */
    public record Misprint(String name, HResult printed, HResult header, String printedIsInHeaders) {}

    /** The document's errata: the kit asserts the header value. */
    public static final java.util.List<Misprint> MISPRINTS = java.util.List.of(
            new Misprint("MQ_ERROR_MESSAGE_NOT_FOUND", MQ_ERROR_OPERATION_CANCELLED, MQ_ERROR_MESSAGE_NOT_FOUND, "MQ_ERROR_OPERATION_CANCELLED"));

    /** Why an actual code that differs from the expected one may be a near miss, or empty. */
    public static String nearMiss(HResult expected, HResult actual) {
        for (Misprint m : MISPRINTS) {
            if (m.header().equals(expected) && m.printed().equals(actual)) {
                return actual.hex() + " is the value [MC-MQAC] 3.11.4.1.9 misprints for " + m.name() + "; the public headers (mq.h) give "
                        + m.name() + " = " + m.header().hex() + " and name " + actual.hex() + " " + m.printedIsInHeaders()
                        + ". A real MSMQ returns " + m.header().hex() + ".";
            }
        }
        return "";
    }
}
