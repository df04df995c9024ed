package notifytck.variants.spooler;

import java.time.Duration;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Mechanism;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/** A reference spooler with one fault, put in front of it as a decorator of the SPI. */
public abstract class SpoolerDecorator extends notifytck.variants.DecoratedReference {
    private final ReferenceImplementation reference = new ReferenceImplementation();

    /** The decorator for one fresh instance. */
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        throw new UnsupportedOperationException(name() + " must override a decorate method");
    }

    /** For faults that need to wait on the reference's own deliveries. */
    ForwardingSpooler decorate(SpoolerAdapter inner, SpoolerControl control) {
        return decorate(inner);
    }

    /** The name the variant gives its local machine; by default the reference's own. */
    String localMachine(SpoolerControl reference) {
        return reference.localMachine();
    }

    @Override
    public Mechanism mechanism() {
        return Mechanism.SPOOLER;
    }

    @Override
    public SystemUnderTest start() {
        SystemUnderTest inner = reference.start();
        SpoolerControl control = inner.spoolerControl();
        ForwardingSpooler decorator = decorate(inner.spooler(), control);
        SpoolerControl quiet = new SpoolerControl() {
            @Override
            public String localMachine() {
                return SpoolerDecorator.this.localMachine(control);
            }

            @Override
            public void installPrinter(String machine, String printer) {
                control.installPrinter(machine.equals(localMachine()) ? control.localMachine() : machine, printer);
            }

            @Override
            public boolean quiesce(Duration deadline) {
                boolean q = control.quiesce(deadline);
                decorator.flush();
                return q && control.quiesce(deadline);
            }

            @Override
            public int liveChannelObjects() {
                return control.liveChannelObjects();
            }
        };
        return new SystemUnderTest() {
            @Override
            public SpoolerAdapter spooler() {
                return decorator;
            }

            @Override
            public SpoolerControl spoolerControl() {
                return quiet;
            }

            @Override
            public void close() {
                decorator.close();
                inner.close();
            }
        };
    }
}
