package notifytck.variants.msmq;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.QueueRef;

/** Which queue, with which access, each queue object was opened on, as the kit asked for it. */
final class OpenedQueues {
    record Opened(String queueName, int access) {}

    private final Map<QueueRef, Opened> opened = new ConcurrentHashMap<>();

    Opened of(QueueRef queue) {
        return opened.get(queue);
    }

    /** Every queue object opened so far, with its queue. */
    Map<QueueRef, Opened> all() {
        return Map.copyOf(opened);
    }

    /** Every queue object opened on the queue. */
    java.util.List<QueueRef> on(String queueName) {
        return opened.entrySet().stream().filter(e -> e.getValue().queueName().equals(queueName)).map(Map.Entry::getKey).toList();
    }

    MsmqControl recording(MsmqControl control) {
        return new ForwardingMsmqControl(control) {
            @Override
            public QueueRef openQueue(String queueName, int access) {
                QueueRef q = super.openQueue(queueName, access);
                opened.put(q, new Opened(queueName, access));
                return q;
            }
        };
    }
}
