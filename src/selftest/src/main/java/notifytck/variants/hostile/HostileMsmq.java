package notifytck.variants.hostile;

import java.util.Set;
import java.util.stream.Collectors;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Capabilities;
import notifytck.spi.HResult;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * The reference's MSMQ with one hostile behaviour: not a wrong reading of the document, but an
 * implementation that hangs, throws, floods, leaks or ends the JVM. The self-test checks that the
 * run survives it, judges it, and names the cause. The behaviour strikes only on EnableNotification
 * without a cursor argument, so the scenarios that give one (REQ-MSMQ-ENABLE-001) stay unaffected.
 */
public abstract class HostileMsmq implements NotificationImplementation {
    private final ReferenceImplementation reference = new ReferenceImplementation();

    @Override
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of(Mechanism.MSMQ), reference.capabilities().controls().stream()
                .filter(c -> c.mechanism() == Mechanism.MSMQ).collect(Collectors.toSet()));
    }

    /** Where the behaviour strikes. */
    protected static boolean strikes(OptionalInt32 cursor) {
        return !cursor.given();
    }

    /** EnableNotification as this implementation does it; by default the reference's. */
    protected HResult enableNotification(MsmqAdapter inner, QueueRef queue, MsmqEvent event, OptionalInt32 cursor, OptionalInt32 timeout) {
        return inner.enableNotification(queue, event, cursor, timeout);
    }

    /** The control as this implementation offers it; by default the reference's. */
    protected MsmqControl control(MsmqControl inner) {
        return inner;
    }

    /** Before an instance starts. */
    protected void starting() {}

    /** Before an instance closes. */
    protected void closing() {}

    @Override
    public SystemUnderTest start() {
        starting();
        SystemUnderTest inner = reference.start();
        return new SystemUnderTest() {
            @Override
            public MsmqAdapter msmq() {
                return (queue, event, cursor, timeout) -> enableNotification(inner.msmq(), queue, event, cursor, timeout);
            }

            @Override
            public MsmqControl msmqControl() {
                return control(inner.msmqControl());
            }

            @Override
            public void close() {
                closing();
                inner.close();
            }
        };
    }

    /** Blocks the calling thread for good (until the JVM ends, or the kit interrupts it). */
    static void blockForever() {
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
