package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;

/**
 * Reports S_OK for a send that reached only some of the listeners because another's queue was
 * full: the loss is silent. An output no scenario looked at, since none kept a listener busy past
 * the implementation's queue. (Written after a blind fault the suite missed.)
 */
public final class PartialLossReportedAsOk extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-013";
    }

    @Override
    public String fault() {
        return "A send that some listener lost because its queue was full returns S_OK instead of UNIRECTIONAL_NOTIFICATION_LOST.";
    }

    @Override
    ForwardingSpooler decorate(notifytck.spi.spooler.SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                return r != null && r.failed() && r.code() == PrintAsyncNotifyError.UNIRECTIONAL_NOTIFICATION_LOST.code() ? HResult.of(0) : r;
            }
        };
    }
}
