package notifytck.variants.spooler;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Reads the page's "only channels created afterwards" for both conversation styles: a listener
 * that unregistered goes on hearing every unidirectional channel it heard before, in order and off
 * the sender's thread, while no channel opened afterwards reaches it. The related Register page
 * says unregistering is how a listener stops a unidirectional channel. (Written after a review of
 * REQ-SPOOL-OVW-017 found the model left such a channel open either way.)
 */
public final class UnregisterSparesOpenUnidirectional extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-017";
    }

    @Override
    public String fault() {
        return "A listener that unregistered goes on hearing the unidirectional channels it heard before.";
    }

    /** One registration's callback: which unidirectional channels it heard, and once ended, its own delivery thread. */
    private static final class Listener extends ForwardingCallback {
        private final Map<NotificationData, String> channelOf;
        final Set<String> heardUnidirectional = ConcurrentHashMap.newKeySet();
        volatile ExecutorService spared;

        Listener(NotifyCallback kit, Map<NotificationData, String> channelOf) {
            super(kit);
            this.channelOf = channelOf;
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            String from = channel == null ? channelOf.get(data) : null;
            if (from != null) {
                heardUnidirectional.add(from);
            }
            super.onEventNotify(channel, data);
        }
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<RegistrationRef, Listener> byRegistration = new ConcurrentHashMap<>();
        List<Listener> ended = new CopyOnWriteArrayList<>();
        // A unidirectional delivery carries no pointer: the notification object tells which channel it came from.
        Map<NotificationData, String> channelOf = Collections.synchronizedMap(new IdentityHashMap<>());
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                return registerThrough(caller, r, kit -> new Listener(kit, channelOf), byRegistration);
            }

            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                Listener cb = registration == null ? null : byRegistration.get(registration);
                if (cb != null && r != null && r.value() == 0 && !cb.heardUnidirectional.isEmpty()) {
                    cb.spared = Executors.newSingleThreadExecutor(t -> {
                        Thread d = new Thread(t, "spared-listener");
                        d.setDaemon(true);
                        return d;
                    });
                    ended.add(cb);
                }
                return r;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                if (data != null && channel != null) {
                    channelOf.put(data, channel.channelId());
                }
                HResult r = super.sendNotification(channel, data);
                if (r == null || r.failed() || channel == null || isListenersPointer(channel)) {
                    return r;
                }
                boolean reached = false;
                for (Listener cb : ended) {
                    if (cb.heardUnidirectional.contains(channel.channelId())) {
                        reached = true;
                        cb.spared.execute(() -> cb.kit.onEventNotify(null, data));
                    }
                }
                return reached && PrintAsyncNotifyError.NO_LISTENERS.is(r, false) ? HResult.of(0) : r;
            }

            @Override
            void flush() {
                for (Listener cb : ended) {
                    try {
                        cb.spared.submit(() -> { }).get();
                    } catch (Exception e) {
                        throw new IllegalStateException("spared listener's delivery thread failed", e);
                    }
                }
            }

            @Override
            void close() {
                ended.forEach(cb -> cb.spared.shutdownNow());
            }
        };
    }
}
