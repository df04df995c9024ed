package notifytck.spi.msmq;

import notifytck.spi.HResult;

/** IMSMQQueue4::EnableNotification, as [MC-MQAC] 3.11.4.1.9 defines it. */
public interface MsmqAdapter {
    /**
     * EnableNotification on {@code queue}. {@code event} may be null (the document's NULL Event).
     * Returns the HRESULT; the outcome arrives later on {@code event}.
     */
    HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 receiveTimeout);
}
