package notifytck.faulty.msmq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** Receives instead of peeking: takes the head message out of the queue when Arrived fires. */
public final class DestructiveNotification extends FaultyMsmq {
    private final Map<QueueRef, String> queueNames = new ConcurrentHashMap<>();

    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-020";
    }

    @Override
    public String fault() {
        return "Receives instead of peeking: takes the head message out of the queue when Arrived fires.";
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ForwardingMsmqControl(inner) {
            @Override
            public QueueRef openQueue(String queueName, int access) {
                QueueRef q = super.openQueue(queueName, access);
                queueNames.put(q, queueName);
                return q;
            }
        };
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            protected MsmqEvent wrap(MsmqEvent kit) {
                return new MsmqEvent() {
                    @Override
                    public void arrived(QueueRef queue) {
                        String name = queueNames.get(queue);
                        if (name != null) {
                            List<MessageRef> messages = control.messages(name);
                            if (!messages.isEmpty()) {
                                control.removeMessage(messages.get(0));
                            }
                        }
                        kit.arrived(queue);
                    }

                    @Override
                    public void arrivedError(QueueRef queue, HResult errorCode) {
                        kit.arrivedError(queue, errorCode);
                    }
                };
            }
        };
    }
}
