package notifytck.variants.msmq;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * Wakes waiting notifications only when a message arrives, is removed or has its lock changed:
 * a locked message that becomes peekable while locked stays unseen by a call already waiting,
 * until something else happens on the queue. A new call sees it at once.
 */
public final class PeekWhenLockedWakesNoWaiter extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-014";
    }

    @Override
    public String fault() {
        return "A message allowed to be peeked while locked does not wake a call already waiting; only a new call or another queue change sees it.";
    }

    /** One instance's control; the flags it has not yet handed on are that instance's own. */
    private static final class DeferringControl extends ForwardingMsmqControl {
        private final Map<MessageRef, Boolean> deferred = new ConcurrentHashMap<>();

        DeferringControl(MsmqControl inner) {
            super(inner);
        }

        /** The naive wake-up: the flag reaches the queue only with the next change that wakes waiters. */
        void handOn() {
            deferred.forEach((m, allow) -> inner.setAllowPeekWhenLocked(m, allow));
            deferred.clear();
        }

        @Override
        public void setAllowPeekWhenLocked(MessageRef message, boolean allow) {
            deferred.put(message, allow);
        }

        @Override
        public MessageRef putMessage(String queueName, String body) {
            handOn();
            return super.putMessage(queueName, body);
        }

        @Override
        public void removeMessage(MessageRef message) {
            handOn();
            super.removeMessage(message);
        }

        @Override
        public void setLocked(MessageRef message, boolean locked) {
            handOn();
            super.setLocked(message, locked);
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new DeferringControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        DeferringControl deferring = (DeferringControl) decoratedControl;
        return new ForwardingMsmq(inner, control) {
            @Override
            public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
                deferring.handOn();
                return super.enableNotification(queue, event, cursor, timeout);
            }
        };
    }
}
