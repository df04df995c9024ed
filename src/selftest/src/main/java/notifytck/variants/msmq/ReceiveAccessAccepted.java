package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.QueueRef;

/** Accepts queue objects opened to receive, as if receive access included peek. */
public final class ReceiveAccessAccepted extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-009";
    }

    @Override
    public String fault() {
        return "Accepts queue objects opened to receive, as if receive access included peek.";
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ForwardingMsmqControl(inner) {
            @Override
            public QueueRef openQueue(String queueName, int access) {
                boolean receive = (access & MsmqConstants.MQ_RECEIVE_ACCESS) != 0;
                return super.openQueue(queueName, receive ? (access & ~MsmqConstants.MQ_RECEIVE_ACCESS) | MsmqConstants.MQ_PEEK_ACCESS : access);
            }
        };
    }
}
