package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;

/**
 * Knows the closer by its callback object, not by its pointer: when a listener closes the channel,
 * every party whose callback is that same object is taken for the closer and not told, so a second
 * registration of the object never learns the channel closed. A second party sharing the first's
 * callback. (Written after a blind fault the suite missed, twice: no scenario registered one
 * callback object twice.)
 */
public final class CloserSilencesItsTwin extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "A listener's close leaves untold every pointer whose callback object is the closer's, including another registration of it.";
    }

    @Override
    ForwardingSpooler decorate(notifytck.spi.spooler.SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            /** One wrapper per callback object, so the reference still sees one object registered twice. */
            private final Map<NotifyCallback, NotifyCallback> wrappers = new ConcurrentHashMap<>();
            /** Whose callback each listener pointer was handed to. */
            private final Map<ChannelRef, NotifyCallback> owners = new ConcurrentHashMap<>();
            /** The closer's callback object, by channel. */
            private final Map<String, NotifyCallback> closers = new ConcurrentHashMap<>();

            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                if (r == null || r.callback() == null) {
                    return super.registerForPrintAsyncNotifications(caller, r);
                }
                NotifyCallback listener = wrappers.computeIfAbsent(r.callback(), kit -> new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        if (channel != null) {
                            owners.put(channel, kit);
                        }
                        kit.onEventNotify(channel, data);
                    }

                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        if (channel == null || closers.get(channel.channelId()) != kit) {
                            kit.channelClosed(channel, reason);
                        }
                    }
                });
                return inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), listener));
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                NotifyCallback owner = channel == null ? null : owners.get(channel);
                if (owner != null) {
                    closers.putIfAbsent(channel.channelId(), owner);
                }
                return super.closeChannel(channel, reason);
            }
        };
    }
}
