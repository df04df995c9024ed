package notifytck.variants.hostile;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Returns no HRESULT at all (null) from EnableNotification. */
public final class ReturnsNull extends HostileMsmq {
    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        if (strikes(cursor)) {
            return null;
        }
        return inner.enableNotification(queue, event, cursor, timeout);
    }
}
