package notifytck.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import notifytck.reference.fax.ReferenceFax;
import notifytck.reference.msmq.ReferenceMsmq;
import notifytck.reference.rpc.ReferenceRpc;
import notifytck.reference.spooler.ReferenceSpooler;
import notifytck.reference.spooler.SpoolerLimits;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * The kit's own implementation, the one a third party's is compared against. Each mechanism lives
 * in its own package; this class only declares them and starts each on first use in a system.
 */
public final class ReferenceImplementation implements NotificationImplementation {
    /** The limits each system's spooler gets; null for the defaults, taken afresh by every system. */
    private final SpoolerLimits spoolerLimits;
    /** False only for {@link #realTime()}: the same reference, seen as an implementation without the virtual clock. */
    private final boolean msmqVirtualClock;

    public ReferenceImplementation() {
        this(null, true);
    }

    public ReferenceImplementation(SpoolerLimits spoolerLimits) {
        this(java.util.Objects.requireNonNull(spoolerLimits, "spoolerLimits"), true);
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
        return new ReferenceImplementation(null, false);
    }

    @Override
    public String name() {
        return msmqVirtualClock ? "reference" : "reference-real-time";
    }

    @Override
    public Capabilities capabilities() {
        EnumSet<Control> controls = EnumSet.of(Control.SPOOLER_QUIESCE, Control.SPOOLER_CHANNEL_OBJECTS,
                Control.SPOOLER_REMOTE_SERVERS, Control.MSMQ_QUIESCE, Control.RPC_QUIESCE, Control.FAX_QUIESCE);
        if (msmqVirtualClock) {
            controls.add(Control.MSMQ_VIRTUAL_CLOCK);
        }
        return new Capabilities(EnumSet.allOf(Mechanism.class), controls);
    }

    @Override
    public SystemUnderTest start() {
        return new RunningSystem(spoolerLimits != null ? spoolerLimits : SpoolerLimits.defaults(), msmqVirtualClock);
    }

    /**
     * One running system. A scenario uses one mechanism, so each is started on first use rather
     * than all four per scenario; all that were started are closed together.
     */
    private static final class RunningSystem implements SystemUnderTest {
        private final SpoolerLimits spoolerLimits;
        private final boolean msmqVirtualClock;
        private ReferenceSpooler spooler;
        private ReferenceMsmq msmq;
        private ReferenceRpc rpc;
        private ReferenceFax fax;
        private boolean closed;

        RunningSystem(SpoolerLimits spoolerLimits, boolean msmqVirtualClock) {
            this.spoolerLimits = spoolerLimits;
            this.msmqVirtualClock = msmqVirtualClock;
        }

        private synchronized ReferenceSpooler spoolerInstance() {
            open();
            if (spooler == null) {
                spooler = new ReferenceSpooler(spoolerLimits);
            }
            return spooler;
        }

        private synchronized ReferenceMsmq msmqInstance() {
            open();
            if (msmq == null) {
                msmq = msmqVirtualClock ? ReferenceMsmq.withVirtualClock() : ReferenceMsmq.withSystemClock();
            }
            return msmq;
        }

        private synchronized ReferenceRpc rpcInstance() {
            open();
            if (rpc == null) {
                rpc = new ReferenceRpc();
            }
            return rpc;
        }

        private synchronized ReferenceFax faxInstance() {
            open();
            if (fax == null) {
                fax = new ReferenceFax();
            }
            return fax;
        }

        private void open() {
            if (closed) {
                throw new IllegalStateException("this system was closed");
            }
        }

        @Override
        public SpoolerAdapter spooler() {
            return spoolerInstance().adapter();
        }

        @Override
        public SpoolerControl spoolerControl() {
            return spoolerInstance().control();
        }

        @Override
        public MsmqAdapter msmq() {
            return msmqInstance().adapter();
        }

        @Override
        public MsmqControl msmqControl() {
            return msmqInstance().control();
        }

        @Override
        public RpcServerAdapter rpc() {
            return rpcInstance().adapter();
        }

        @Override
        public RpcControl rpcControl() {
            return rpcInstance().control();
        }

        @Override
        public FaxAdapter fax() {
            return faxInstance().adapter();
        }

        @Override
        public FaxControl faxControl() {
            return faxInstance().control();
        }

        /** Every started mechanism is closed even if another fails to, so no thread outlives the system. */
        @Override
        public void close() {
            List<AutoCloseable> started;
            synchronized (this) {
                closed = true;
                started = new ArrayList<>();
                if (spooler != null) {
                    started.add(spooler::close);
                }
                if (msmq != null) {
                    started.add(msmq::close);
                }
                if (rpc != null) {
                    started.add(rpc::close);
                }
                if (fax != null) {
                    started.add(fax::close);
                }
            }
            RuntimeException first = null;
            for (AutoCloseable c : started) {
                try {
                    c.close();
                } catch (Exception e) {
                    if (first == null) {
                        first = e instanceof RuntimeException re ? re : new IllegalStateException(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
