package notifytck.variants.hostile;

import java.util.concurrent.atomic.AtomicReference;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Keeps a thread that fires Arrived on the last event object it was given, after close() returned. */
public final class CallsBackAfterClose extends HostileMsmq {
    private final AtomicReference<Runnable> last = new AtomicReference<>();

    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        if (event != null) {
            last.set(() -> event.arrived(queue));
        }
        return inner.enableNotification(queue, event, cursor, timeout);
    }

    @Override
    protected void closing() {
        Runnable r = last.getAndSet(null);
        if (r != null) {
            Thread t = new Thread(() -> {
                // The fault: a thread of the instance outlives close() and calls back a little later.
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                r.run();
            }, "after-close");
            t.setDaemon(true);
            t.start();
        }
    }
}
