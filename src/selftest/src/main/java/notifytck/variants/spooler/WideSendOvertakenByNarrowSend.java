package notifytck.variants.spooler;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Fans a send out one way when many listeners are registered and another when few, with nothing
 * ordering the two: what a send made while 16 or more registrations live delivers is batched at each
 * listener and handed over 5 ms after the first of the batch, while what a send to fewer delivers
 * goes at once, so a narrow send made within those 5 ms overtakes the wide ones before it. Every
 * call returns what the reference returns. The shape of blind round 15's
 * spooler-fanout-small-send-overtakes, with a wider window than its race; the scenario with 200
 * listeners waits seconds for a delivery and never narrows, so only a run that narrows a wide
 * fan-out sees it.
 */
public final class WideSendOvertakenByNarrowSend extends SpoolerDecorator implements FaultyVariant {
    private static final int WIDE = 16;

    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-015";
    }

    @Override
    public String fault() {
        return "Delivers what a send to 16 or more listeners sent 5 ms late, batched; a send to fewer is delivered at once and overtakes it.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.SpoolerOrderingProperties");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        AtomicInteger live = new AtomicInteger();
        Set<NotificationData> wide = ConcurrentHashMap.newKeySet();
        List<Batching> listeners = new CopyOnWriteArrayList<>();
        ScheduledExecutorService batcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wide-send-batcher");
            t.setDaemon(true);
            return t;
        });
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                Batching b = new Batching(kit, wide, batcher);
                listeners.add(b);
                return b;
            }

            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                Registration reg = super.registerForPrintAsyncNotifications(caller, r);
                if (reg != null && reg.result().succeeded() && reg.handle() != null) {
                    live.incrementAndGet();
                }
                return reg;
            }

            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                if (r.equals(HResult.of(0))) {
                    live.decrementAndGet();
                }
                return r;
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                if (data != null && live.get() >= WIDE) {
                    wide.add(data);
                }
                return super.sendNotification(channel, data);
            }

            @Override
            void flush() {
                listeners.forEach(Batching::handOver);
            }

            @Override
            void close() {
                batcher.shutdownNow();
            }
        };
    }

    /** One listener's callback: wide deliveries wait in a batch; narrow ones pass it; a close waits behind the batch. */
    private static final class Batching implements NotifyCallback {
        private final NotifyCallback kit;
        private final Set<NotificationData> wide;
        private final ScheduledExecutorService batcher;
        private final Queue<Runnable> batch = new ArrayDeque<>();

        Batching(NotifyCallback kit, Set<NotificationData> wide, ScheduledExecutorService batcher) {
            this.kit = kit;
            this.wide = wide;
            this.batcher = batcher;
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            if (wide.contains(data)) {
                hold(() -> kit.onEventNotify(channel, data));
            } else {
                kit.onEventNotify(channel, data);
            }
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            boolean behind;
            synchronized (this) {
                behind = !batch.isEmpty();
                if (behind) {
                    batch.add(() -> kit.channelClosed(channel, reason));
                }
            }
            if (!behind) {
                kit.channelClosed(channel, reason);
            }
        }

        private void hold(Runnable delivery) {
            boolean first;
            synchronized (this) {
                first = batch.isEmpty();
                batch.add(delivery);
            }
            if (first) {
                batcher.schedule(this::handOver, 5, TimeUnit.MILLISECONDS);
            }
        }

        /** Under the listener's lock, so two hand-overs never interleave. */
        synchronized void handOver() {
            for (Runnable r; (r = batch.poll()) != null; ) {
                r.run();
            }
        }
    }
}
