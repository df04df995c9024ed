package notifytck.spi.msmq;

import notifytck.spi.HResult;

/** The values EnableNotification's document names, with where each is defined. */
public final class MsmqConstants {
    private MsmqConstants() {}

    /** MQMSGCURSOR, [MS-MQOA] 2.2.2.8 (mqoai.h). */
    public static final int MQMSG_FIRST = 0x0;
    public static final int MQMSG_CURRENT = 0x1;
    public static final int MQMSG_NEXT = 0x2;

    /** MQACCESS, [MS-MQOA] (mq.h, MQOpenQueue access values). */
    public static final int MQ_RECEIVE_ACCESS = 0x01;
    public static final int MQ_SEND_ACCESS = 0x02;
    public static final int MQ_PEEK_ACCESS = 0x20;
    public static final int MQ_ADMIN_ACCESS = 0x80;
    /** The document's PeekAdminAccess: peek combined with admin. */
    public static final int MQ_PEEK_ADMIN_ACCESS = MQ_PEEK_ACCESS | MQ_ADMIN_ACCESS;

    /** INFINITE, winbase.h (0xFFFFFFFF; -1 as the signed VT_I4 the parameter carries). */
    public static final int INFINITE = 0xFFFF_FFFF;

    /** HRESULTs as the document gives them. */
    public static final HResult E_INVALIDARG = HResult.of(0x8007_0057);
    public static final HResult OLE_E_BLANK = HResult.of(0x8004_0007);
    public static final HResult MQ_ERROR_INVALID_HANDLE = HResult.of(0xC00E_0007);
    public static final HResult MQ_ERROR_MESSAGE_NOT_FOUND = HResult.of(0xC00E_0008);
    public static final HResult MQ_ERROR_IO_TIMEOUT = HResult.of(0xC00E_001B);
    public static final HResult MQ_ERROR_ILLEGAL_CURSOR_ACTION = HResult.of(0xC00E_001C);
    public static final HResult MQ_ERROR_ACCESS_DENIED = HResult.of(0xC00E_0025);
}
