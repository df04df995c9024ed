package notifytck.selftest;

import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;

/** The reference with a decorator of the SPI in front of one mechanism: a variant the self-test runs the kit against. */
public interface Variant extends NotificationImplementation {
    Mechanism mechanism();
}
