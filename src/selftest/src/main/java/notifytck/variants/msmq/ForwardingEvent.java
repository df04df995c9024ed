package notifytck.variants.msmq;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.QueueRef;

/** Passes both events to the kit's event object; a variant overrides the one it distorts. */
class ForwardingEvent implements MsmqEvent {
    protected final MsmqEvent kit;

    ForwardingEvent(MsmqEvent kit) {
        this.kit = kit;
    }

    @Override
    public void arrived(QueueRef queue) {
        kit.arrived(queue);
    }

    @Override
    public void arrivedError(QueueRef queue, HResult errorCode) {
        kit.arrivedError(queue, errorCode);
    }
}
