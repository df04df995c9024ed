package notifytck.reference;

import java.util.EnumSet;
import notifytck.reference.spooler.ReferenceSpooler;
import notifytck.reference.spooler.SpoolerLimits;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * The kit's own implementation, the one a third party's is compared against. Each mechanism lives
 * in its own package; this class only declares them and starts one of each per system, so a new
 * mechanism (MSMQ, fax, RPC) is another field in {@code RunningSystem}, not code here.
 */
public final class ReferenceImplementation implements NotificationImplementation {
    private final SpoolerLimits spoolerLimits;

    public ReferenceImplementation() {
        this(SpoolerLimits.defaults());
    }

    public ReferenceImplementation(SpoolerLimits spoolerLimits) {
        this.spoolerLimits = spoolerLimits;
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(EnumSet.of(Mechanism.SPOOLER),
                EnumSet.of(Control.SPOOLER_QUIESCE, Control.SPOOLER_CHANNEL_OBJECTS, Control.SPOOLER_REMOTE_SERVERS));
    }

    @Override
    public SystemUnderTest start() {
        return new RunningSystem(new ReferenceSpooler(spoolerLimits));
    }

    /** One running system: one instance of every declared mechanism, closed together. */
    private static final class RunningSystem implements SystemUnderTest {
        private final ReferenceSpooler spooler;

        RunningSystem(ReferenceSpooler spooler) {
            this.spooler = spooler;
        }

        @Override
        public SpoolerAdapter spooler() {
            return spooler.adapter();
        }

        @Override
        public SpoolerControl spoolerControl() {
            return spooler.control();
        }

        @Override
        public void close() {
            spooler.close();
        }
    }
}
