package notifytck.selftest;

import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;

/**
 * An implementation that breaks one named rule on purpose. The self-test finds these through
 * ServiceLoader and expects the suite to reject each one with that rule among its failures.
 */
public interface FaultyVariant extends NotificationImplementation {
    Mechanism mechanism();

    /** The requirement ID this variant breaks, e.g. REQ-SPOOL-CHAN-003. */
    String breaks();

    /** What it does wrong, in a sentence. */
    String fault();
}
