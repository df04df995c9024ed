package notifytck.variants.msmq;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * A cursor whose message another client received starts over from the head of the queue on the
 * next MQMSG_CURRENT or MQMSG_NEXT, instead of moving on from its place. State changed under the
 * cursor. (Found by a blind fault-writing review: no scenario or model draw received the message a
 * cursor stood on.)
 */
public final class ReceivedPlaceRestartsAtHead extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-013";
    }

    @Override
    public String fault() {
        return "A cursor whose message another client received starts over from the head of the queue instead of moving on from its place.";
    }

    /** The messages other clients received, per instance. */
    private static final class Receiving extends ForwardingMsmqControl {
        final Set<MessageRef> received = ConcurrentHashMap.newKeySet();

        Receiving(MsmqControl inner) {
            super(inner);
        }

        @Override
        public void removeMessage(MessageRef message) {
            super.removeMessage(message);
            received.add(message);
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new Receiving(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        Set<MessageRef> received = ((Receiving) decoratedControl).received;
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                boolean fromCursor = cursor.given() && (cursor.value() == MsmqConstants.MQMSG_CURRENT || cursor.value() == MsmqConstants.MQMSG_NEXT);
                if (fromCursor && queue != null) {
                    CursorPosition at = control.cursor(queue);
                    if (at != null && at.kind() == CursorPosition.Kind.AT && received.contains(at.message())) {
                        control.positionCursor(queue, CursorPosition.UNPOSITIONED);
                    }
                }
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
