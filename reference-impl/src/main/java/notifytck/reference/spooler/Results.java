package notifytck.reference.spooler;

import notifytck.spi.HResult;
import notifytck.spi.spooler.PrintAsyncNotifyError;

/** The HRESULTs the reference spooler answers with, spelled once (values from winerror.h and prnasnot.h). */
final class Results {
    static final HResult S_OK = HResult.of(0);
    static final HResult E_NOINTERFACE = HResult.of(0x8000_4002);
    static final HResult E_POINTER = HResult.of(0x8000_4003);
    static final HResult E_ACCESSDENIED = HResult.of(0x8007_0005);
    static final HResult E_INVALIDARG = HResult.of(0x8007_0057);
    /** HRESULT_FROM_WIN32(ERROR_INVALID_PRINTER_NAME = 1801). */
    static final HResult INVALID_PRINTER_NAME = HResult.of(0x8007_0709);

    static final HResult NO_LISTENERS = PrintAsyncNotifyError.NO_LISTENERS.asSuccess();
    static final HResult CHANNEL_ALREADY_CLOSED = PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError();
    static final HResult INVALID_NOTIFICATION_TYPE = PrintAsyncNotifyError.INVALID_NOTIFICATION_TYPE.asError();
    static final HResult MAX_NOTIFICATION_SIZE_EXCEEDED = PrintAsyncNotifyError.MAX_NOTIFICATION_SIZE_EXCEEDED.asError();
    static final HResult MAX_CHANNEL_COUNT_EXCEEDED = PrintAsyncNotifyError.MAX_CHANNEL_COUNT_EXCEEDED.asError();
    static final HResult MAX_REGISTRATION_COUNT_EXCEEDED = PrintAsyncNotifyError.MAX_REGISTRATION_COUNT_EXCEEDED.asError();
    static final HResult UNIRECTIONAL_NOTIFICATION_LOST = PrintAsyncNotifyError.UNIRECTIONAL_NOTIFICATION_LOST.asError();
    static final HResult ASYNC_NOTIFICATION_FAILURE = PrintAsyncNotifyError.ASYNC_NOTIFICATION_FAILURE.asError();
    static final HResult ALREADY_UNREGISTERED = PrintAsyncNotifyError.ALREADY_UNREGISTERED.asError();

    private Results() {}
}
