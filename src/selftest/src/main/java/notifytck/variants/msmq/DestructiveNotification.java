package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import java.util.List;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** Receives instead of peeking: takes the head message out of the queue when Arrived fires. */
public final class DestructiveNotification extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-020";
    }

    @Override
    public String fault() {
        return "Receives instead of peeking: takes the head message out of the queue when Arrived fires.";
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control) {
            @Override
            protected MsmqEvent wrap(MsmqEvent kit) {
                return new ForwardingEvent(kit) {
                    @Override
                    public void arrived(QueueRef queue) {
                        OpenedQueues.Opened o = opened.of(queue);
                String name = o == null ? null : o.queueName();
                        if (name != null) {
                            List<MessageRef> messages = control.messages(name);
                            if (!messages.isEmpty()) {
                                control.removeMessage(messages.get(0));
                            }
                        }
                        kit.arrived(queue);
                    }
                };
            }
        };
    }
}
