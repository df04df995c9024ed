package notifytck.selftest;

import java.util.Set;
import notifytck.spi.Mechanism;

/** The spooler's variants, the most of any mechanism: a class of their own, so Surefire can run them in a fork beside the rest. */
class SpoolerSelfTest extends SelfTest {
    @Override
    Set<Mechanism> mechanisms() {
        return Set.of(Mechanism.SPOOLER);
    }
}
