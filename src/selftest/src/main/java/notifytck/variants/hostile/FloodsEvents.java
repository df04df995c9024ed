package notifytck.variants.hostile;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Fires Arrived 200,000 times for one EnableNotification, from a thread of its own. Its quiesce is
 * honest about it (it waits for the flood to be handed over), so the flood lands in the scenario
 * that caused it.
 */
public final class FloodsEvents extends HostileMsmq {
    static final int EVENTS = 200_000;
    private final java.util.Queue<Thread> floods = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Override
    protected notifytck.spi.msmq.MsmqControl control(notifytck.spi.msmq.MsmqControl inner) {
        return new notifytck.variants.msmq.ForwardingMsmqControl(inner) {
            @Override
            public boolean quiesce(java.time.Duration deadline) {
                long end = System.nanoTime() + deadline.toNanos();
                for (Thread t = floods.peek(); t != null; t = floods.peek()) {
                    try {
                        t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                    if (t.isAlive()) {
                        return false;
                    }
                    floods.remove(t);
                }
                return inner.quiesce(deadline);
            }
        };
    }

    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        HResult r = inner.enableNotification(queue, event, cursor, timeout);
        if (strikes(cursor) && event != null) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < EVENTS; i++) {
                    event.arrived(queue);
                }
            }, "flood");
            t.setDaemon(true);
            floods.add(t);
            t.start();
        }
        return r;
    }
}
