package notifytck.spi.spooler;

import notifytck.spi.HResult;

/** CreatePrintAsyncNotifyChannel's HRESULT and, on success, the caller's channel pointer. */
public record ChannelCreation(HResult result, ChannelRef channel) {}
