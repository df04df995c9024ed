package notifytck.variants.msmq;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Keys its notifications by queue rather than by queue object: every event names the first
 * queue object that enabled notification on that queue, so with one object per queue nothing
 * shows.
 */
public final class EventNamesFirstQueueObject extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-021";
    }

    @Override
    public String fault() {
        return "Every event names the first queue object that enabled notification on its queue, not the one whose call it answers.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        Map<String, QueueRef> firstByQueue = new ConcurrentHashMap<>();
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 receiveTimeout) {
                OpenedQueues.Opened o = queue == null ? null : opened.of(queue);
                QueueRef named = o == null ? queue : firstByQueue.computeIfAbsent(o.queueName(), n -> queue);
                MsmqEvent told = event == null ? null : new ForwardingEvent(event) {
                    @Override
                    public void arrived(QueueRef q) {
                        event.arrived(named);
                    }

                    @Override
                    public void arrivedError(QueueRef q, HResult errorCode) {
                        event.arrivedError(named, errorCode);
                    }
                };
                return inner.enableNotification(queue, told, cursor, receiveTimeout);
            }
        };
    }
}
