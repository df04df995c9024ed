package notifytck.variants.spooler;

import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;

/** What the unknown-name variants share: how the reference refuses a name, and where they fall back to. */
final class UnknownNames {
    /** HRESULT_FROM_WIN32(ERROR_INVALID_PRINTER_NAME = 1801), winerror.h. */
    private static final int INVALID_PRINTER_NAME = 0x8007_0709;

    private UnknownNames() {}

    /** Whether the reference refused the name as unknown, for a caller whose machine is known. */
    static boolean refused(CallerContext caller, HResult result) {
        return caller != null && caller.machine() != null && result.value() == INVALID_PRINTER_NAME;
    }

    /** The caller's own print server, as a \\SERVER name. */
    static String ownServer(CallerContext caller) {
        return "\\\\" + caller.machine().replaceFirst("^\\\\\\\\", "");
    }
}
