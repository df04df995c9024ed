package notifytck.spi.msmq;

import notifytck.spi.HResult;

/** The MSMQEvent object (IMSMQEvent3) whose events EnableNotification fires, as callbacks. */
public interface MsmqEvent {
    /** Arrived: a suitable message is there to be received or peeked. */
    void arrived(QueueRef queue);

    /** ArrivedError, with its ErrorCode. */
    void arrivedError(QueueRef queue, HResult errorCode);
}
