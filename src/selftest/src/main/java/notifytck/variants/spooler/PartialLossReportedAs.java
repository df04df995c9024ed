package notifytck.variants.spooler;

import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;

/** A send that some listener lost because its queue was full answers with a success code instead of UNIRECTIONAL_NOTIFICATION_LOST. */
abstract class PartialLossReportedAs extends SpoolerDecorator {
    private final int success;

    PartialLossReportedAs(int success) {
        this.success = success;
    }

    public String breaks() {
        return "REQ-SPOOL-OVW-013";
    }

    @Override
    ForwardingSpooler decorate(notifytck.spi.spooler.SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                return r != null && r.failed() && r.code() == PrintAsyncNotifyError.UNIRECTIONAL_NOTIFICATION_LOST.code() ? HResult.of(success) : r;
            }
        };
    }
}
