package notifytck.variants.spooler;

import java.util.List;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Returns every PrintAsyncNotifyError without a facility (NO_LISTENERS as 0x00000007,
 * CHANNEL_ALREADY_CLOSED as 0x80000008) rather than in FACILITY_ITF form: prnasnot.h defines only
 * the code part, and callers compare HRESULT_CODE.
 */
public final class PrintAsyncNotifyErrorsWithoutFacility extends SpoolerDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Returns PrintAsyncNotifyError codes with no facility (0x00000007, 0x80000008) instead of FACILITY_ITF (0x00040007, 0x80040008).";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-OVW-011", "REQ-SPOOL-CHAN-024", "REQ-SPOOL-CHAN-032");
    }

    private static HResult stripped(HResult r) {
        return PrintAsyncNotifyError.ofItf(r).map(e -> HResult.of(r.value() & 0x8000_FFFF)).orElse(r);
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                return stripped(super.sendNotification(channel, data));
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                return stripped(super.closeChannel(channel, reason));
            }
        };
    }
}
