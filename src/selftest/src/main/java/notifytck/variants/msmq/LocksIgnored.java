package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqControl;

/** Ignores message locks: a locked message counts as suitable. */
public final class LocksIgnored extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-013";
    }

    @Override
    public String fault() {
        return "Ignores message locks: a locked message counts as suitable.";
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ForwardingMsmqControl(inner) {
            @Override
            public void setLocked(MessageRef message, boolean locked) {
                // The lock is never recorded.
            }
        };
    }
}
