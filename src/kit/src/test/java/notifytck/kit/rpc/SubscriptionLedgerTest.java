package notifytck.kit.rpc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kit keeps REQ-RPC-NOTIFY-011: it never ends a call it is still subscribed on. */
class SubscriptionLedgerTest {
    @Test
    void refusesToEndASubscribedCall() {
        SubscriptionLedger ledger = new SubscriptionLedger();
        ledger.subscribed("c1", 3);
        assertThatThrownBy(() -> ledger.mayEnd("c1")).hasMessageContaining("REQ-RPC-NOTIFY-011");
        ledger.unsubscribed("c1", 2);
        assertThatThrownBy(() -> ledger.mayEnd("c1")).hasMessageContaining("bits 1");
        ledger.unsubscribed("c1", 1);
        assertThatCode(() -> ledger.mayEnd("c1")).doesNotThrowAnyException();
    }

    @Test
    void oneLockPerBindingHandle() {
        SubscriptionLedger ledger = new SubscriptionLedger();
        org.assertj.core.api.Assertions.assertThat(ledger.lockFor("b1")).isSameAs(ledger.lockFor("b1")).isNotSameAs(ledger.lockFor("b2"));
    }
}
