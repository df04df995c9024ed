package notifytck.variants.msmq;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqControl;

/** Ignores AllowPeekWhenLocked: a locked message is never suitable. */
public final class PeekWhenLockedIgnored extends MsmqDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-MSMQ-ENABLE-014";
    }

    @Override
    public String fault() {
        return "Ignores AllowPeekWhenLocked: a locked message is never suitable.";
    }

    @Override
    MsmqControl decorateControl(MsmqControl inner) {
        return new ForwardingMsmqControl(inner) {
            @Override
            public void setAllowPeekWhenLocked(MessageRef message, boolean allow) {
                // The permission is never recorded.
            }
        };
    }
}
