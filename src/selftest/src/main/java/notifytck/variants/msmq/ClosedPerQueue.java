package notifytck.variants.msmq;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.QueueRef;

/**
 * A second party: keeps IsClosed on the queue instead of the queue object, so closing one queue
 * object refuses EnableNotification on every other queue object of the same queue. Every scenario
 * that closes a queue object has only that one.
 */
public final class ClosedPerQueue extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-004";
    }

    @Override
    public String fault() {
        return "Closing one queue object closes every queue object on the same queue: their calls are refused with MQ_ERROR_INVALID_HANDLE.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.MsmqModelProperties");
    }

    /** One instance's control; it learns how queue objects were opened from its adapter. */
    private static final class ClosingControl extends ForwardingMsmqControl {
        volatile ForwardingMsmq adapter;

        ClosingControl(MsmqControl inner) {
            super(inner);
        }

        @Override
        public void closeQueue(QueueRef queue) {
            super.closeQueue(queue);
            OpenedQueues.Opened o = adapter.opened.of(queue);
            if (o != null) {
                adapter.opened.on(o.queueName()).forEach(inner::closeQueue);
            }
        }
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ClosingControl(inner);
    }

    @Override
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        ForwardingMsmq adapter = new ForwardingMsmq(inner, control);
        ((ClosingControl) decoratedControl).adapter = adapter;
        return adapter;
    }
}
