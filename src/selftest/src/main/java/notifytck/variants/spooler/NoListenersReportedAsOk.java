package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/** Returns S_OK for a send nobody receives, where the documents ask for the distinct success NO_LISTENERS. */
public final class NoListenersReportedAsOk extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-011";
    }

    @Override
    public String fault() {
        return "Returns S_OK for a send nobody receives, where the documents ask for the distinct success NO_LISTENERS.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                return r.equals(PrintAsyncNotifyError.NO_LISTENERS.asSuccess()) ? HResult.of(0) : r;
            }
        };
    }
}
