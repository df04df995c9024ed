package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import notifytck.kit.Timeouts;
import notifytck.kit.spooler.Actor;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.UserFilter;
import org.awaitility.Awaitility;

/**
 * The spooler's delivery threads kept busy elsewhere: listeners on another printer that hold what
 * they are sent, as many of them busy at once as the implementation runs, so that what the scenario
 * sends next waits for a thread and sends pile up behind one another. How many threads an
 * implementation has is its own business: the step waits until no more of the holders start, not
 * for a number. It keeps busy as many threads as there are holders, and no more: an implementation
 * with more delivery threads than that (or a thread a delivery) is not made to wait, and the
 * scenario then shows nothing about sends that wait, without failing it either.
 */
public class BusyThreadsSteps {
    private final SpoolerStage stage = SpoolerStage.current();
    private final List<Actor> holders = new ArrayList<>();
    private String printer;
    private NotificationType type;

    @Given("^(\\d+) applications running as \"([^\"]+)\" in session (\\d+) listen for \"([^\"]+)\" notifications on \"([^\"]+)\" and hold every notification until they are let go$")
    public void holders(int count, String user, int session, String typeName, String written) {
        printer = stage.name(written);
        type = SpoolerStage.type(typeName);
        for (int i = 1; i <= count; i++) {
            Actor a = stage.addActor("holder " + i,
                    new CallerContext(stage.control().localMachine(), user, session, Component.APPLICATION, Hosting.APPLICATION));
            RegistrationRequest request = new RegistrationRequest(printer, type, a.callback());
            HResult r = stage.call(a.name(), "RegisterForPrintAsyncNotifications", printer,
                    () -> stage.adapter().registerForPrintAsyncNotifications(a.caller(), request).result());
            assertThat(r).as("precondition: %s registers on %s", a.name(), printer).isEqualTo(HResult.of(0));
            a.gate().close();
            holders.add(a);
        }
    }

    @When("^a printer driver sends them \"([^\"]*)\" on a channel of its own, and as many of them as the spooler runs at once are busy with it$")
    public void busy(String payload) {
        if (holders.isEmpty()) {
            throw new IllegalStateException("kit defect: no holding listeners were registered");
        }
        Actor driver = stage.addActor("the driver that keeps the threads busy",
                new CallerContext(stage.control().localMachine(), "SYSTEM", 0, Component.PRINTER_DRIVER, Hosting.SPOOLER));
        ChannelRequest request = new ChannelRequest(printer, type, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, driver.callback());
        ChannelCreation c = stage.create(driver.name(), () -> stage.adapter().createPrintAsyncNotifyChannel(driver.caller(), request));
        assertThat(c.result()).as("precondition: a channel on %s", printer).isEqualTo(HResult.of(0));
        stage.opened(driver, c.channel(), type);
        HResult sent = stage.call(driver.name(), "SendNotification", payload,
                () -> stage.adapter().sendNotification(c.channel(), new NotificationData(type, payload)));
        assertThat(sent).as("precondition: the send to the holding listeners").isEqualTo(HResult.of(0));
        stage.awaitWhileHeld("a holding listener to be handling \"" + payload + "\"", () -> busyWith(payload) > 0);
        // Then until no more of them start: as many as the implementation runs at once.
        int[] seen = {busyWith(payload)};
        Duration quiet = Timeouts.quietWindow();
        Awaitility.await("the number of holding listeners busy with \"" + payload + "\" to stay the same for " + quiet.toMillis() + " ms")
                .during(quiet).atMost(Timeouts.eventually().plus(quiet)).pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    int now = busyWith(payload);
                    boolean same = now == seen[0];
                    seen[0] = now;
                    return same;
                });
    }

    @When("^those applications are let go$")
    public void letGo() {
        holders.forEach(h -> h.gate().open());
    }

    private int busyWith(String payload) {
        return (int) holders.stream().filter(h -> stage.received(h.name()).contains(payload)).count();
    }
}
