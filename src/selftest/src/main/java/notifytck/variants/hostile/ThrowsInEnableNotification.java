package notifytck.variants.hostile;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Throws from EnableNotification, as a crashed queue manager would. */
public final class ThrowsInEnableNotification extends HostileMsmq {
    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        if (strikes(cursor)) {
            throw new IllegalStateException("the queue manager crashed");
        }
        return inner.enableNotification(queue, event, cursor, timeout);
    }
}
