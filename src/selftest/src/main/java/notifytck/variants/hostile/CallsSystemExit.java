package notifytck.variants.hostile;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Ends the JVM with System.exit(7) inside EnableNotification. */
public final class CallsSystemExit extends HostileMsmq {
    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        if (strikes(cursor)) {
            System.exit(7); return null;
        }
        return inner.enableNotification(queue, event, cursor, timeout);
    }
}
