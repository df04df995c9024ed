package notifytck.reference.fax;

import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.fax.FaxFixture.Desk;
import notifytck.reference.fax.FaxFixture.Port;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token is opened during a messages registration, and only under a user account. */
class ImpersonationTokenTest {
    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void under_a_user_account_the_token_is_held_when_the_call_returns() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(desk.client)).isTrue();
    }

    @Test
    void under_local_system_no_token_is_opened_with_or_without_interaction() {
        Desk plain = f.new Desk("alice");
        assertThat(plain.register()).isEqualTo(FaxResult.OK);
        f.control.configureService(ServiceAccount.localSystem(true));
        Desk interactive = f.new Desk("bob");
        assertThat(interactive.register()).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(plain.client)).isFalse();
        assertThat(f.control.holdsTokenOf(interactive.client)).isFalse();
    }

    @Test
    void a_completion_port_registration_opens_no_token() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        assertThat(f.api.faxInitializeEventQueue(desk.client, new Port(), 3, null, 0)).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(desk.client)).isFalse();
    }

    @Test
    void the_token_is_the_registering_clients_only() {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        Desk desk = f.new Desk("alice");
        var neighbour = f.control.startClient(desk.session);
        assertThat(desk.register()).isEqualTo(FaxResult.OK);
        assertThat(f.control.holdsTokenOf(neighbour)).isFalse();
    }

    @Test
    void changing_the_account_later_neither_opens_nor_closes_tokens() {
        Desk early = f.new Desk("alice");
        assertThat(early.register()).isEqualTo(FaxResult.OK);
        f.control.configureService(ServiceAccount.user("faxsvc"));
        assertThat(f.control.holdsTokenOf(early.client)).isFalse();

        Desk late = f.new Desk("bob");
        assertThat(late.register()).isEqualTo(FaxResult.OK);
        f.control.configureService(ServiceAccount.localSystem(false));
        assertThat(f.control.holdsTokenOf(late.client)).isTrue();
    }
}
