package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/** Answers a CloseChannel on a channel someone else already closed with S_OK instead of CHANNEL_ALREADY_CLOSED. */
public final class AlreadyClosedReportedAsOk extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-024";
    }

    @Override
    public String fault() {
        return "Answers a CloseChannel on a channel someone else already closed with S_OK instead of CHANNEL_ALREADY_CLOSED.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                return r.equals(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError()) ? HResult.of(0) : r;
            }
        };
    }
}
