package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.Test;

/** The implementation is found by ServiceLoader, declares what it supports, and starts isolated systems. */
class ReferenceImplementationTest {

    @Test
    void service_loader_finds_the_reference_and_it_declares_the_spooler() {
        NotificationImplementation impl = ServiceLoader.load(NotificationImplementation.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(i -> i instanceof ReferenceImplementation)
                .findFirst().orElseThrow();
        assertThat(impl.name()).isEqualTo("reference");
        assertThat(impl.capabilities().mechanisms()).containsExactlyInAnyOrder(Mechanism.values());
        assertThat(impl.capabilities().controls()).containsExactlyInAnyOrder(Control.values());
    }

    @Test
    void each_started_system_is_fresh_and_isolated() {
        ReferenceImplementation impl = new ReferenceImplementation();
        try (SystemUnderTest one = impl.start(); SystemUnderTest two = impl.start()) {
            assertThat(one.spoolerControl().localMachine()).isEqualTo("PRINTSRV");
            one.spoolerControl().installPrinter("PRINTSRV", "Laser");
            ChannelCreation opened = one.spooler().createPrintAsyncNotifyChannel(
                    ReferenceSpoolerTest.Fixture.driver("alice"), new ChannelRequest("\\\\PRINTSRV", ReferenceSpoolerTest.STATUS,
                            UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null));
            assertThat(opened.result()).isEqualTo(ReferenceSpoolerTest.S_OK);
            assertThat(one.spoolerControl().liveChannelObjects()).isEqualTo(1);
            assertThat(two.spoolerControl().liveChannelObjects()).isZero();
            ChannelCreation unknownThere = two.spooler().createPrintAsyncNotifyChannel(
                    ReferenceSpoolerTest.Fixture.driver("alice"), new ChannelRequest("Laser", ReferenceSpoolerTest.STATUS,
                            UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null));
            assertThat(unknownThere.result().value()).isEqualTo(0x8007_0709);
        }
    }
}
