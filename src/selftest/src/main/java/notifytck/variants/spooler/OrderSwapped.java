package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;

/** Holds each odd notification back and hands it over after the next one: pairs arrive swapped. */
public final class OrderSwapped extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-015";
    }

    @Override
    public String fault() {
        return "Holds each odd notification back and hands it over after the next one: pairs arrive swapped.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        List<Swapping> callbacks = new CopyOnWriteArrayList<>();
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                Swapping s = new Swapping(kit);
                callbacks.add(s);
                return s;
            }

            @Override
            void flush() {
                callbacks.forEach(Swapping::flush);
            }
        };
    }

    private static final class Swapping implements NotifyCallback {
        private final NotifyCallback kit;
        private ChannelRef heldChannel;
        private NotificationData held;

        Swapping(NotifyCallback kit) {
            this.kit = kit;
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            ChannelRef earlierChannel;
            NotificationData earlier;
            synchronized (this) {
                if (held == null) {
                    heldChannel = channel;
                    held = data;
                    return;
                }
                earlierChannel = heldChannel;
                earlier = held;
                held = null;
            }
            kit.onEventNotify(channel, data);
            kit.onEventNotify(earlierChannel, earlier);
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            flush();
            kit.channelClosed(channel, reason);
        }

        void flush() {
            ChannelRef c;
            NotificationData d;
            synchronized (this) {
                c = heldChannel;
                d = held;
                held = null;
            }
            if (d != null) {
                kit.onEventNotify(c, d);
            }
        }
    }
}
