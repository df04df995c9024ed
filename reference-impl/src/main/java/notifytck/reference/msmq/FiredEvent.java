package notifytck.reference.msmq;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** The one outcome of a call, decided: Arrived when {@code errorCode} is null, else ArrivedError. */
record FiredEvent(MsmqEvent event, QueueRef queue, HResult errorCode) {
    static FiredEvent arrived(PendingNotification p) {
        return new FiredEvent(p.event(), p.target().ref(), null);
    }

    static FiredEvent arrivedError(PendingNotification p, HResult errorCode) {
        return new FiredEvent(p.event(), p.target().ref(), errorCode);
    }

    void deliver() {
        if (errorCode == null) {
            event.arrived(queue);
        } else {
            event.arrivedError(queue, errorCode);
        }
    }
}
