package notifytck.selftest;

import java.util.Set;
import notifytck.spi.Mechanism;

/** The variants of MSMQ and RPC (the fax's have a class of their own, so that three forks share the self-test evenly). */
class OtherMechanismsSelfTest extends SelfTest {
    @Override
    Set<Mechanism> mechanisms() {
        return Set.of(Mechanism.MSMQ, Mechanism.RPC_CALL_NOTIFICATION);
    }
}
