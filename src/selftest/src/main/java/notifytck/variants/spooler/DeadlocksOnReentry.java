package notifytck.variants.spooler;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * Hostile, not a reading of the document: delivers OnEventNotify while holding a lock that
 * CloseChannel takes too, and the lock is not reentrant, so a listener that closes the channel from
 * inside its callback (which REQ-SPOOL-CHAN-028 allows) blocks (here for 2 s, not for good, so the
 * self-test's JVM is not left with a stuck thread). Judged by HostileImplementationsTest, not the
 * self-test's table of faulty variants.
 */
public final class DeadlocksOnReentry extends SpoolerDecorator {
    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner, SpoolerControl control) {
        Semaphore delivering = new Semaphore(1);
        return new ForwardingSpooler(inner) {
            @Override
            protected NotifyCallback wrap(NotifyCallback kit) {
                return new ForwardingCallback(kit) {
                    @Override
                    public void onEventNotify(ChannelRef channel, NotificationData data) {
                        delivering.acquireUninterruptibly();
                        try {
                            kit.onEventNotify(channel, data);
                        } finally {
                            delivering.release();
                        }
                    }
                };
            }

            @Override
            public HResult closeChannel(ChannelRef channel, NotificationData reason) {
                try {
                    if (delivering.tryAcquire(2, TimeUnit.SECONDS)) {
                        delivering.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.closeChannel(channel, reason);
            }
        };
    }
}
