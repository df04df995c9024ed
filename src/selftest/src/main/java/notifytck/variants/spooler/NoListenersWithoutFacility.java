package notifytck.variants.spooler;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Reports "no one received it" as the bare PrintAsyncNotifyError value 0x00000007 rather than the
 * FACILITY_ITF form 0x00040007: the headers define only the code part.
 */
public final class NoListenersWithoutFacility extends SpoolerDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Returns NO_LISTENERS as 0x00000007 (no facility) instead of 0x00040007.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-OVW-011");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                return r.equals(PrintAsyncNotifyError.NO_LISTENERS.asSuccess()) ? HResult.of(PrintAsyncNotifyError.NO_LISTENERS.code()) : r;
            }
        };
    }
}
