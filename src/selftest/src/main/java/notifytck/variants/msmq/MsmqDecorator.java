package notifytck.variants.msmq;

import java.time.Duration;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Mechanism;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;

/** A reference MSMQ with one fault, put in front of it as a decorator of the SPI. */
public abstract class MsmqDecorator extends notifytck.variants.DecoratedReference {
    private final ReferenceImplementation reference = new ReferenceImplementation();

    /** The adapter decorator; by default none. */
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control) {
        return new ForwardingMsmq(inner, control);
    }

    /** The control decorator; by default none. */
    MsmqControl decorateControl(MsmqControl inner) {
        return inner;
    }

    @Override
    public Mechanism mechanism() {
        return Mechanism.MSMQ;
    }

    /** For a fault that needs its own control decorator of the same instance (not the recording one around it). */
    ForwardingMsmq decorate(MsmqAdapter inner, MsmqControl control, MsmqControl decoratedControl) {
        return decorate(inner, control);
    }

    @Override
    public SystemUnderTest start() {
        SystemUnderTest inner = reference.start();
        OpenedQueues opened = new OpenedQueues();
        MsmqControl decorated = decorateControl(inner.msmqControl());
        MsmqControl control = opened.recording(decorated);
        ForwardingMsmq adapter = decorate(inner.msmq(), control, decorated);
        adapter.opened = opened;
        MsmqControl quiet = new ForwardingMsmqControl(control) {
            @Override
            public boolean quiesce(Duration deadline) {
                boolean q = inner.quiesce(deadline);
                adapter.flush();
                return q && inner.quiesce(deadline);
            }
        };
        return new SystemUnderTest() {
            @Override
            public MsmqAdapter msmq() {
                return adapter;
            }

            @Override
            public MsmqControl msmqControl() {
                return quiet;
            }

            @Override
            public void close() {
                adapter.close();
                inner.close();
            }
        };
    }
}
