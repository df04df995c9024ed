package notifytck.variants.spooler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A listener's queue that, having run a batch of 32 deliveries in a row, yields its thread and can
 * then be scheduled twice, if a send arrives meanwhile: the next delivery runs on a second thread
 * beside the ones after it, so the listener is entered twice at once and the two have no order.
 * Only a listener slower than a sender whose sends keep coming while it works through a batch shows
 * it; one held and then let go works through its backlog after the sends have stopped. Written after
 * blind round 9, whose fault (in the reference's shared lanes) the kit missed: its sends each went
 * through a hand-off, tens of microseconds apart.
 */
public final class BackloggedListenerEnteredTwice extends SpoolerDecorator implements FaultyVariant {
    /** Deliveries in a row after which the listener's queue yields: the reference's lane batch. */
    private static final long BATCH = 32;

    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-015";
    }

    @Override
    public String fault() {
        return "A listener's queue that yields after 32 deliveries in a row is run by a second thread when a send arrives meanwhile.";
    }

    @Override
    public boolean racy() {
        return true;
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<NotificationType, AtomicLong> sent = new ConcurrentHashMap<>();
        List<Behind> listeners = new CopyOnWriteArrayList<>();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                Behind listener = r.callback() == null ? null : new Behind(r.callback(), sent);
                if (listener != null) {
                    listeners.add(listener);
                }
                return inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), listener));
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                if (r != null && r.value() == 0 && data != null && data.type() != null && openedAs(channel) != null && !isListenersPointer(channel)) {
                    sent.computeIfAbsent(data.type(), t -> new AtomicLong()).incrementAndGet();
                    listeners.forEach(l -> l.sendArrived(data.type()));
                }
                return r;
            }
        };
    }

    /** A listener's callback that knows how many deliveries it has run in a row and how far behind it is. */
    private static final class Behind extends ForwardingCallback {
        private final Map<NotificationType, AtomicLong> sent;
        private final Map<NotificationType, AtomicLong> delivered = new ConcurrentHashMap<>();
        private volatile long inARow;
        private volatile boolean scheduledTwice;

        Behind(NotifyCallback kit, Map<NotificationType, AtomicLong> sent) {
            super(kit);
            this.sent = sent;
        }

        /** A send of a type this listener may hear: a queue yielding after a batch meets it. */
        void sendArrived(NotificationType type) {
            if (inARow >= BATCH && behind(type) > 0) {
                scheduledTwice = true;
            }
        }

        private long behind(NotificationType type) {
            return sent.getOrDefault(type, new AtomicLong()).get() - delivered.computeIfAbsent(type, t -> new AtomicLong()).get();
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            NotificationType type = data == null ? null : data.type();
            if (type == null) {
                kit.onEventNotify(channel, data);
                return;
            }
            delivered.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
            if (scheduledTwice) {
                // The count in a row goes on: the first runner keeps draining, and yields again after the next batch.
                scheduledTwice = false;
                Thread second = new Thread(() -> kit.onEventNotify(channel, data), "BackloggedListenerEnteredTwice-second-run");
                second.setDaemon(true);
                second.start();
                return;
            }
            kit.onEventNotify(channel, data);
            inARow = behind(type) > 0 ? inARow + 1 : 0;
        }
    }
}
