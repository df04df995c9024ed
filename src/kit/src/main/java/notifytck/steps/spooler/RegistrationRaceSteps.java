package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.spooler.Actor;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.UserFilter;

/**
 * Applications registering with one printer at the same moment: a second party registering while
 * the first does. Each registration must take, so each hears the channel opened after them. Made
 * again on a printer installed for the round, since a printer's first registrations are the ones
 * that set up what the spooler keeps for it. The registrations are released by a spin, not a latch
 * (see {@link AllAtOnce#runSpinStarted}): started microseconds apart, they rarely meet.
 */
public class RegistrationRaceSteps {
    private static final HResult S_OK = HResult.of(0);

    private final SpoolerStage stage = SpoolerStage.current();
    /** Per round and application ("round 3, application 5"), the payloads it heard, in order. */
    private final Map<String, List<String>> heard = new ConcurrentHashMap<>();

    @When("^(\\d+) applications running as \"([^\"]+)\" register at once for \"([^\"]+)\" notifications on a printer installed just before, "
            + "(\\d+) times in turn, and each time \"([^\"]+)\" opens a unidirectional channel on it for all users and sends \"([^\"]+)\"$")
    public void registerAtOnce(int applications, String user, String typeName, int rounds, String driverName, String payload) {
        Actor driver = stage.actor(driverName);
        String machine = stage.control().localMachine();
        NotificationType type = SpoolerStage.type(typeName);
        for (int n = 1; n <= rounds; n++) {
            String printer = "Registered-at-once-" + n;
            Deadline.call("SpoolerControl.installPrinter", () -> {
                stage.control().installPrinter(machine, printer);
                return null;
            });
            Map<Integer, Registration> got = new ConcurrentHashMap<>();
            List<AllAtOnce.Party> parties = new ArrayList<>();
            for (int a = 1; a <= applications; a++) {
                String who = who(n, a);
                List<String> payloads = Collections.synchronizedList(new ArrayList<>());
                heard.put(who, payloads);
                CallerContext app = new CallerContext(machine, user, a, Component.APPLICATION, Hosting.APPLICATION);
                RegistrationRequest request = new RegistrationRequest(printer, type, recorder(payloads));
                int number = a;
                parties.add(() -> got.put(number, stage.adapter().registerForPrintAsyncNotifications(app, request)));
            }
            AllAtOnce.runSpinStarted("registration of round " + n, parties, Timeouts.call().toMillis(), () -> stage.history().dump());
            List<RegistrationRef> handles = new ArrayList<>();
            for (int a = 1; a <= applications; a++) {
                Registration r = got.get(a);
                assertThat(r).as("the Registration returned to %s", who(n, a)).isNotNull();
                assertThat(r.result()).as("what the registration of %s returned", who(n, a)).isEqualTo(S_OK);
                assertThat(r.handle()).as("the registration handed to %s", who(n, a)).isNotNull();
                handles.add(r.handle());
            }
            ChannelRequest request = new ChannelRequest(printer, type, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            ChannelCreation c = stage.create(driverName, () -> stage.adapter().createPrintAsyncNotifyChannel(driver.caller(), request));
            assertThat(c.result()).as("precondition: round %d's channel opens", n).isEqualTo(S_OK);
            ChannelRef channel = c.channel();
            HResult sent = stage.call(driverName, "SendNotification", payload, () -> stage.adapter().sendNotification(channel, new NotificationData(type, payload)));
            assertThat(sent).as("what round %d's send to %d registered applications returned", n, applications).isEqualTo(S_OK);
            // Each round gives back what it took before the next: an implementation may limit its
            // registrations and channels (prnasnot.h's MAX_REGISTRATION_COUNT_EXCEEDED), and 160 of one
            // scenario must not meet it. The unregisters wait for the send to be heard, since a
            // unidirectional channel's listener may miss what was still queued when it unregistered.
            int round = n;
            // Waits for the hearing alone, not for quiet: without quiesce each settle would be a quiet window, twenty in a row.
            stage.awaitWhileHeld("every application of round " + n + " to hear \"" + payload + "\" (a registration the race lost never will)",
                    () -> java.util.stream.IntStream.rangeClosed(1, applications).allMatch(a -> !heard.get(who(round, a)).isEmpty()));
            for (RegistrationRef h : handles) {
                HResult u = stage.call("round " + n, "UnRegisterForPrintAsyncNotifications", null, () -> stage.adapter().unregisterForPrintAsyncNotifications(h));
                assertThat(u).as("round %d's unregister", n).isEqualTo(S_OK);
            }
            HResult closed = stage.call(driverName, "CloseChannel", null, () -> stage.adapter().closeChannel(channel, null));
            assertThat(closed).as("round %d's CloseChannel", n).isEqualTo(S_OK);
            Deadline.call("Release", () -> stage.adapter().release(channel));
        }
    }

    /** Judged once everything settled: a registration a race lost hears nothing, one made twice hears twice. */
    @Then("^in every round each of those applications heard \"([^\"]+)\" exactly once$")
    public void eachHeardOnce(String payload) {
        stage.settle();
        List<String> wrong = heard.entrySet().stream().filter(e -> !e.getValue().equals(List.of(payload)))
                .map(e -> e.getKey() + " heard " + e.getValue()).sorted().toList();
        assertThat(wrong).as("applications that registered at once with the same printer and did not hear its send once, of %d", heard.size())
                .isEmpty();
    }

    private static String who(int round, int application) {
        return "round " + round + ", application " + application;
    }

    private static NotifyCallback recorder(List<String> payloads) {
        return new NotifyCallback() {
            @Override
            public void onEventNotify(ChannelRef channel, NotificationData data) {
                payloads.add(data.payload());
            }

            @Override
            public void channelClosed(ChannelRef channel, NotificationData reason) {
                // A unidirectional listener may be told of each round's close, or not (REQ-SPOOL-CHAN-035); not judged here.
            }
        };
    }
}
