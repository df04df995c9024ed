package notifytck.reference;

import java.util.EnumSet;
import notifytck.reference.msmq.ReferenceMsmq;
import notifytck.reference.spooler.ReferenceSpooler;
import notifytck.reference.spooler.SpoolerLimits;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * The kit's own implementation, the one a third party's is compared against. Each mechanism lives
 * in its own package; this class only declares them and starts one of each per system, so a new
 * mechanism (fax, RPC) is another field in {@code RunningSystem}, not code here.
 */
public final class ReferenceImplementation implements NotificationImplementation {
    private final SpoolerLimits spoolerLimits;
    /** False only for {@link #realTime()}: the same reference, seen as an implementation without the virtual clock. */
    private final boolean msmqVirtualClock;

    public ReferenceImplementation() {
        this(SpoolerLimits.defaults());
    }

    public ReferenceImplementation(SpoolerLimits spoolerLimits) {
        this(spoolerLimits, true);
    }

    private ReferenceImplementation(SpoolerLimits spoolerLimits, boolean msmqVirtualClock) {
        this.spoolerLimits = spoolerLimits;
        this.msmqVirtualClock = msmqVirtualClock;
    }

    /**
     * The reference with MSMQ on the system clock and MSMQ_VIRTUAL_CLOCK not declared, so the kit's
     * real-time path (timeouts judged with early/late slack) can be run against a correct
     * implementation.
     */
    public static NotificationImplementation realTime() {
        return new ReferenceImplementation(SpoolerLimits.defaults(), false);
    }

    @Override
    public String name() {
        return msmqVirtualClock ? "reference" : "reference-real-time";
    }

    @Override
    public Capabilities capabilities() {
        EnumSet<Control> controls = EnumSet.of(Control.SPOOLER_QUIESCE, Control.SPOOLER_CHANNEL_OBJECTS,
                Control.SPOOLER_REMOTE_SERVERS, Control.MSMQ_QUIESCE);
        if (msmqVirtualClock) {
            controls.add(Control.MSMQ_VIRTUAL_CLOCK);
        }
        return new Capabilities(EnumSet.of(Mechanism.SPOOLER, Mechanism.MSMQ), controls);
    }

    @Override
    public SystemUnderTest start() {
        ReferenceSpooler spooler = new ReferenceSpooler(spoolerLimits);
        try {
            return new RunningSystem(spooler,
                    msmqVirtualClock ? ReferenceMsmq.withVirtualClock() : ReferenceMsmq.withSystemClock());
        } catch (RuntimeException | Error failed) {
            spooler.close();
            throw failed;
        }
    }

    /** One running system: one instance of every declared mechanism, closed together. */
    private static final class RunningSystem implements SystemUnderTest {
        private final ReferenceSpooler spooler;
        private final ReferenceMsmq msmq;

        RunningSystem(ReferenceSpooler spooler, ReferenceMsmq msmq) {
            this.spooler = spooler;
            this.msmq = msmq;
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
        public MsmqAdapter msmq() {
            return msmq.adapter();
        }

        @Override
        public MsmqControl msmqControl() {
            return msmq.control();
        }

        /** Each closed even if the other fails to, so no instance's threads outlive the system. */
        @Override
        public void close() {
            try {
                spooler.close();
            } finally {
                msmq.close();
            }
        }
    }
}
