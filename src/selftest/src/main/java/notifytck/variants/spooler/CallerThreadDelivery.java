package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/** Delivers synchronously: SendNotification and CloseChannel run the listeners' callbacks on the caller's thread before returning. */
public final class CallerThreadDelivery extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-016";
    }

    @Override
    public String fault() {
        return "Delivers synchronously: SendNotification and CloseChannel run the listeners' callbacks on the caller's thread before returning.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner, SpoolerControl control) {
        Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new NotifyCallback() {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        pending.add(() -> kit.onEventNotify(channel, data));
                    }

                    @Override
                    public void channelClosed(ChannelRef channel, NotificationData reason) {
                        pending.add(() -> kit.channelClosed(channel, reason));
                    }
                };
            }

            @Override
            public HResult sendNotification(ChannelRef channel, NotificationData data) {
                HResult r = super.sendNotification(channel, data);
                deliverHere();
                return r;
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                HResult r = super.closeChannel(channel, reason);
                deliverHere();
                return r;
            }

            @Override
            void flush() {
                drain();
            }

            private void deliverHere() {
                control.quiesce(Duration.ofSeconds(2));
                drain();
            }

            private void drain() {
                for (Runnable r = pending.poll(); r != null; r = pending.poll()) {
                    r.run();
                }
            }
        };
    }
}
