package notifytck.reference;

import java.util.Set;
import java.util.stream.Collectors;
import notifytck.spi.Capabilities;
import notifytck.spi.Control;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;

/**
 * The reference as an implementation without quiesce controls presents itself, which is what a
 * real system usually is: the kit then judges absence over its quiet window. Nameable with --sut,
 * for the kit's own cross-checks and for measuring that path.
 */
public final class ReferenceWithoutQuiesce implements NotificationImplementation {
    private final NotificationImplementation reference;

    /** The reference on its virtual clock, quiesce hidden (what --sut names). */
    public ReferenceWithoutQuiesce() {
        this(new ReferenceImplementation());
    }

    private ReferenceWithoutQuiesce(NotificationImplementation reference) {
        this.reference = reference;
    }

    /**
     * Without quiesce and on the system clock, as most real systems are on both counts: only then
     * must MSMQ's timer thread fire every timeout by itself, since a quiesce fires what is due.
     */
    public static ReferenceWithoutQuiesce realTime() {
        return new ReferenceWithoutQuiesce(ReferenceImplementation.realTime());
    }

    @Override
    public String name() {
        return reference.name() + "-without-quiesce";
    }

    @Override
    public Capabilities capabilities() {
        Capabilities all = reference.capabilities();
        Set<Control> controls = all.controls().stream().filter(c -> !c.name().endsWith("_QUIESCE")).collect(Collectors.toSet());
        return new Capabilities(all.mechanisms(), controls);
    }

    @Override
    public SystemUnderTest start() {
        return reference.start();
    }
}
