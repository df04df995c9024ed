package notifytck.variants.spooler;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.SpoolerAdapter;

/** A listener's answer that nobody receives returns plain S_OK instead of the success form of NO_LISTENERS. */
public final class AnswerWithoutCallbackIsOk extends SpoolerDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Answers a listener's send on a channel whose opener gave no callback with S_OK, not NO_LISTENERS.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-CHAN-011");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<ChannelRef> openers = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
                ChannelCreation c = super.createPrintAsyncNotifyChannel(caller, r);
                if (c.channel() != null) {
                    openers.add(c.channel());
                }
                return c;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                // Only a listener's answer: the opener's own sends keep saying when nobody listens.
                return !openers.contains(channel) && r.equals(PrintAsyncNotifyError.NO_LISTENERS.asSuccess()) ? HResult.of(0) : r;
            }
        };
    }
}
