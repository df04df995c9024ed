package notifytck.variants.spooler;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import notifytck.variants.Waits;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A race between a send and the close: a notification sent while the channel is being closed is
 * set aside and handed to the channel's listeners once the close is done, after their ChannelClosed.
 * One call at a time, as every scenario and sequential property makes them, never shows it.
 */
public final class SendDuringCloseDeliveredAfterIt extends SpoolerDecorator implements FaultyVariant {
    /** How long the close takes before it reaches the channel: a send from another thread can fall into it. */
    private static final long CLOSING_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-020";
    }

    @Override
    public String fault() {
        return "A notification sent while the channel is being closed is delivered to its listeners after their ChannelClosed.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.SpoolerConcurrencyProperties");
    }

    /** A listener's callback, with the pointer it was last handed for each channel and the channels it was told closed. */
    private static final class Listener extends ForwardingCallback {
        final Map<String, ChannelRef> pointers = new ConcurrentHashMap<>();
        final Set<String> toldClosed = ConcurrentHashMap.newKeySet();

        Listener(NotifyCallback kit) {
            super(kit);
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            if (channel != null) {
                pointers.put(channel.channelId(), channel);
            }
            super.onEventNotify(channel, data);
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            super.channelClosed(channel, reason);
            if (channel != null) {
                toldClosed.add(channel.channelId());
            }
        }
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        List<Listener> listeners = new CopyOnWriteArrayList<>();
        Set<String> closing = ConcurrentHashMap.newKeySet();
        AtomicInteger setAside = new AtomicInteger();
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                Listener l = new Listener(kit);
                listeners.add(l);
                return l;
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                if (channel == null) {
                    return super.closeChannel(channel, reason);
                }
                closing.add(channel.channelId());
                try {
                    LockSupport.parkNanos(CLOSING_NANOS);
                    return super.closeChannel(channel, reason);
                } finally {
                    closing.remove(channel.channelId());
                }
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                boolean duringClose = channel != null && closing.contains(channel.channelId());
                HResult r = super.sendNotification(channel, data);
                if (duringClose) {
                    setAside.incrementAndGet();
                    Thread late = new Thread(() -> deliverAfterTheClose(channel.channelId(), data), "variant-set-aside");
                    late.setDaemon(true);
                    late.start();
                }
                return r;
            }

            private void deliverAfterTheClose(String channelId, NotificationData data) {
                try {
                    long until = Waits.deadline(Duration.ofSeconds(1));
                    for (Listener l : listeners) {
                        ChannelRef pointer = l.pointers.get(channelId);
                        if (pointer == null) {
                            continue;
                        }
                        Waits.until(until, () -> l.toldClosed.contains(channelId));
                        l.kit.onEventNotify(pointer, data);
                    }
                } finally {
                    setAside.decrementAndGet();
                }
            }

            @Override
            void flush() {
                Waits.until(Waits.deadline(Duration.ofSeconds(2)), () -> setAside.get() == 0);
            }
        };
    }
}
