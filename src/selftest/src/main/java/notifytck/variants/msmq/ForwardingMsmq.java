package notifytck.variants.msmq;

import notifytck.spi.HResult;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** Passes EnableNotification to the reference; a faulty variant overrides where its fault lives. */
class ForwardingMsmq implements MsmqAdapter {
    protected final MsmqAdapter inner;
    protected final MsmqControl control;
    /** Set by {@link MsmqDecorator} for the variants that need to know how a queue object was opened. */
    OpenedQueues opened;

    ForwardingMsmq(MsmqAdapter inner, MsmqControl control) {
        this.inner = inner;
        this.control = control;
    }

    /** The event object the reference will fire in place of the kit's; the identity by default. */
    protected MsmqEvent wrap(MsmqEvent kit) {
        return kit;
    }

    /** Hands over whatever the decorator holds back; called when the kit asks for quiescence. */
    void flush() {}

    /** Stops any thread the decorator started; called when the instance closes. */
    void close() {}

    @Override
    public HResult enableNotification(QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 receiveTimeout) {
        return inner.enableNotification(queue, event == null ? null : wrap(event), cursor, receiveTimeout);
    }
}
