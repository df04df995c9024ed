package notifytck.variants.hostile;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Fires Arrived 200,000 times for one EnableNotification, from a thread of its own. */
public final class FloodsEvents extends HostileMsmq {
    static final int EVENTS = 200_000;

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
            t.start();
        }
        return r;
    }
}
