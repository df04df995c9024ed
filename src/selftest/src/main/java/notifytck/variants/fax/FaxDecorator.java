package notifytck.variants.fax;

import java.util.function.UnaryOperator;
import notifytck.reference.fax.ReferenceFax;
import notifytck.spi.Mechanism;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** A reference fax service with one fault, put in front of it as a decorator of the SPI. */
public abstract class FaxDecorator extends notifytck.variants.DecoratedReference {
    /** The adapter decorator; by default none. */
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations);
    }

    /** The control decorator; by default none. */
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return inner;
    }

    /**
     * A control whose every window gets its messages through {@code wrap} of the procedure it was
     * created with: for faults in what a window is sent.
     */
    static FaxControl wrappingProcedures(FaxControl inner, UnaryOperator<WindowProcedure> wrap) {
        return new ForwardingFaxControl(inner) {
            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                return super.createWindow(client, desktop, wrap.apply(procedure));
            }
        };
    }

    /** The control decorator, for faults whose control acts through the service's API too. */
    FaxControl decorateControl(FaxControl inner, Registrations registrations, FaxAdapter service) {
        return decorateControl(inner, registrations);
    }

    @Override
    public Mechanism mechanism() {
        return Mechanism.FAX;
    }

    @Override
    public SystemUnderTest start() {
        ReferenceFax reference = new ReferenceFax();
        Registrations registrations = new Registrations();
        FaxControl control = decorateControl(reference.control(), registrations, reference.adapter());
        FaxAdapter adapter = decorate(reference.adapter(), control, registrations);
        return new SystemUnderTest() {
            @Override
            public FaxAdapter fax() {
                return adapter;
            }

            @Override
            public FaxControl faxControl() {
                return control;
            }

            @Override
            public void close() {
                reference.close();
            }
        };
    }
}
