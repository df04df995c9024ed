package notifytck.variants.hostile;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Never returns from EnableNotification. */
public final class HangsInEnableNotification extends HostileMsmq {
    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        if (strikes(cursor)) {
            blockForever(); return null;
        }
        return inner.enableNotification(queue, event, cursor, timeout);
    }
}
