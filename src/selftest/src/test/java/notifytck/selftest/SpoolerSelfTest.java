package notifytck.selftest;

import java.util.Set;
import notifytck.spi.Mechanism;

/** The spooler's variants: about half of the self-test's time, so it runs in a fork of its own. */
class SpoolerSelfTest extends SelfTest {
    @Override
    Set<Mechanism> mechanisms() {
        return Set.of(Mechanism.SPOOLER);
    }
}
