package notifytck.spi.spooler;

import notifytck.spi.HResult;

/** RegisterForPrintAsyncNotifications' HRESULT and, on success, the registration handle. */
public record Registration(HResult result, RegistrationRef handle) {}
