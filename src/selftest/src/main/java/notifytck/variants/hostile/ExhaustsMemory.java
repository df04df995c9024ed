package notifytck.variants.hostile;

import java.util.ArrayList;
import java.util.List;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Allocates until the heap is exhausted inside EnableNotification (judged under --isolate with a small heap). */
public final class ExhaustsMemory extends HostileMsmq {
    @Override
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        if (strikes(cursor)) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
        return inner.enableNotification(queue, event, cursor, timeout);
    }
}
