package notifytck.selftest;

import java.util.Set;
import notifytck.spi.Mechanism;

/**
 * The fax's variants, in a class of their own: with MSMQ and RPC they made the longest class of the
 * self-test (about a minute), which one of the three forks ran while the others had finished.
 */
class FaxSelfTest extends SelfTest {
    @Override
    Set<Mechanism> mechanisms() {
        return Set.of(Mechanism.FAX);
    }
}
