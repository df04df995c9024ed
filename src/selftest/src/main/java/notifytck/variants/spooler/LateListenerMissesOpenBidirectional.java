package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Hands out a bidirectional channel's listener pointers once, when the channel opens, to the
 * listeners registered then: a listener that registers while the channel is open never hears
 * it. Unidirectional channels, which hand out no pointers, reach late listeners as they should.
 */
public final class LateListenerMissesOpenBidirectional extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-012";
    }

    @Override
    public String fault() {
        return "A listener that registers while a bidirectional channel is open hears nothing on that channel.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        AtomicLong clock = new AtomicLong();
        Map<String, Long> openedAt = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                long at = clock.incrementAndGet();
                ChannelCreation created = super.createPrintAsyncNotifyChannel(c, r);
                if (created.channel() != null) {
                    openedAt.put(created.channel().channelId(), at);
                }
                return created;
            }

            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext c, RegistrationRequest r) {
                if (r == null) {
                    return super.registerForPrintAsyncNotifications(c, r);
                }
                long at = clock.incrementAndGet();
                NotifyCallback kit = r.callback();
                NotifyCallback listener = new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        if (channel == null || openedAt.getOrDefault(channel.channelId(), Long.MAX_VALUE) > at) {
                            kit.onEventNotify(channel, data);
                        }
                    }
                };
                return inner.registerForPrintAsyncNotifications(c, new RegistrationRequest(r.name(), r.type(), listener));
            }
        };
    }
}
