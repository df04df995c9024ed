package notifytck.selftest;

import java.util.Set;
import notifytck.spi.Mechanism;

/** The variants of MSMQ, RPC and fax. */
class OtherMechanismsSelfTest extends SelfTest {
    @Override
    Set<Mechanism> mechanisms() {
        return Set.of(Mechanism.MSMQ, Mechanism.RPC_CALL_NOTIFICATION, Mechanism.FAX);
    }
}
