package notifytck.reference.msmq;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * IMSMQQueue4::EnableNotification ([MC-MQAC] 3.11.4.1.9). The checks run in the document's list
 * order and the first failing one answers alone: nothing moves, nothing waits, no event follows.
 * A call never blocks for a message and never throws for a caller's mistake.
 */
final class EnableNotification implements MsmqAdapter {
    static final HResult S_OK = HResult.of(0);

    private final QueueManager manager;
    private final EventDispatch dispatch;

    EnableNotification(QueueManager manager, EventDispatch dispatch) {
        this.manager = manager;
        this.dispatch = dispatch;
    }

    @Override
    public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 receiveTimeout) {
        CursorAction action = CursorAction.of(cursor);
        if (action == null) {
            return MsmqConstants.E_INVALIDARG;
        }
        // Not a documented step: a handle that names no queue object is a bad argument, not a call on one.
        QueueObject target = manager.find(queue);
        if (target == null) {
            return MsmqConstants.E_INVALIDARG;
        }
        MessageQueue q = target.queue();
        Outbox out = new Outbox(dispatch);
        q.lock();
        try {
            if (!target.isInitialized()) {
                return MsmqConstants.OLE_E_BLANK;
            }
            if (target.isClosed()) {
                return MsmqConstants.MQ_ERROR_INVALID_HANDLE;
            }
            // After IsClosed, as the list orders it, although the Event paragraph states it first.
            if (event == null) {
                return MsmqConstants.E_INVALIDARG;
            }
            if (!target.hasPeekAccess()) {
                return MsmqConstants.MQ_ERROR_ACCESS_DENIED;
            }
            if (action == CursorAction.NEXT) {
                target.cursor().advance(q.messages());
            }
            q.start(new PendingNotification(manager.nextCallSequence(), target, event, action,
                    ReceiveTimeout.of(receiveTimeout)), out);
        } finally {
            q.unlock();
        }
        out.handOver();
        return S_OK;
    }
}
