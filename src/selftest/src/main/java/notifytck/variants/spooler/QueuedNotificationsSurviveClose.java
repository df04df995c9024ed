package notifytck.variants.spooler;

import notifytck.variants.Waits;
import notifytck.selftest.FaultyVariant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Takes every notification off the spooler's queue at once into a queue of its own, so a close
 * finds nothing to discard: queued notifications are still delivered after the close.
 */
public final class QueuedNotificationsSurviveClose extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-020";
    }

    /** Which other rules fail depends on how its own delivery thread races the close. */
    @Override
    public boolean racy() {
        return true;
    }

    @Override
    public String fault() {
        return "Keeps its own queue in front of each listener, so notifications queued at the close are still delivered.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        List<Lane> lanes = new CopyOnWriteArrayList<>();
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                Lane lane = new Lane(kit);
                lanes.add(lane);
                return lane;
            }

            @Override
            void flush() {
                long until = Waits.deadline(Duration.ofSeconds(2));
                for (Lane l : lanes) {
                    Waits.until(until, l::settled);
                }
            }

            @Override
            void close() {
                lanes.forEach(l -> l.executor.shutdownNow());
            }
        };
    }

    private static final class Lane implements NotifyCallback {
        private final NotifyCallback kit;
        private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "faulty-own-queue");
            t.setDaemon(true);
            return t;
        });
        private final AtomicInteger queued = new AtomicInteger();
        private volatile boolean inCallback;

        Lane(NotifyCallback kit) {
            this.kit = kit;
        }

        boolean settled() {
            return queued.get() == 0 || inCallback;
        }

        private void submit(Runnable r) {
            queued.incrementAndGet();
            executor.execute(() -> {
                inCallback = true;
                try {
                    r.run();
                } finally {
                    inCallback = false;
                    queued.decrementAndGet();
                }
            });
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            submit(() -> kit.onEventNotify(channel, data));
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            submit(() -> kit.channelClosed(channel, reason));
        }
    }
}
