package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import notifytck.kit.Timeouts;
import notifytck.kit.spooler.Actor;
import notifytck.kit.spooler.Script;
import notifytck.kit.spooler.SpoolerEvent;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;

/** Registration for notifications, and how an actor's callback behaves. */
public class ListenerSteps {
    /** The last registration a step of this scenario asked for. */
    private Registration lastRegistration;

    private final SpoolerStage stage = SpoolerStage.current();
    /** Each actor's registrations that succeeded and were not ended yet, oldest first. */
    private final java.util.Map<String, java.util.Deque<Registration>> registrations = new java.util.HashMap<>();
    /** The registration the last unregister ended, to end again. */
    private Registration lastEnded;

    @Given("^\"([^\"]+)\" (listens|registers) for \"([^\"]+)\" notifications on \"([^\"]+)\"$")
    public void register(String actorName, String mood, String type, String written) {
        Actor actor = stage.actor(actorName);
        String name = stage.name(written);
        RegistrationRequest request = new RegistrationRequest(name, SpoolerStage.type(type), actor.callback());
        Registration[] out = new Registration[1];
        HResult r = stage.call(actorName, "RegisterForPrintAsyncNotifications", name, () -> {
            out[0] = stage.adapter().registerForPrintAsyncNotifications(actor.caller(), request);
            return out[0] == null ? null : out[0].result();
        });
        if (out[0] == null || r == null) {
            throw new AssertionError("RegisterForPrintAsyncNotifications returned no result object");
        }
        if (mood.equals("listens")) {
            java.util.Deque<Registration> made = registrations.get(actorName);
            if (made != null && !made.isEmpty() && notifytck.spi.spooler.PrintAsyncNotifyError.ALREADY_REGISTERED.is(r, true)) {
                // The Register page lists ALREADY_REGISTERED for "the registration object" registered again; an implementation
                // that reads that as the callback object refuses a second registration of it. The kit reads it as the registration
                // (REQ-SPOOL-CHAN-018's reading), but this scenario needs both, so it judges nothing rather than failing its set-up.
                throw new notifytck.kit.NotApplicable(actorName + "'s second registration of its one callback object was refused as ALREADY_REGISTERED,"
                        + " which one reading of the RegisterForPrintAsyncNotifications page allows; the scenario needs two registrations of it");
            }
            assertThat(r).as("precondition: %s registers on %s", actorName, name).isEqualTo(HResult.of(0));
        }
        if (r.succeeded()) {
            assertThat(out[0].handle()).as("registration handle after %s", r).isNotNull();
        }
        lastRegistration = out[0];
        if (r.succeeded()) {
            registrations.computeIfAbsent(actorName, k -> new java.util.ArrayDeque<>()).add(out[0]);
        }
    }

    /**
     * Load for a race: listeners that are parties like any other (each its own callback object and
     * registration, so a bidirectional channel hands each a pointer) but whose callbacks only count,
     * so that hundreds of them cost the history nothing. The registrations are made under one
     * deadline, as one recorded call.
     */
    @Given("^(\\d+) more applications running as \"([^\"]+)\" in session (\\d+) listen for \"([^\"]+)\" notifications on \"([^\"]+)\", on callbacks that only count$")
    public void manyCounting(int count, String user, int session, String type, String written) {
        String name = stage.name(written);
        CallerContext caller = new CallerContext(stage.control().localMachine(), user, session, Component.APPLICATION, Hosting.APPLICATION);
        java.util.List<HResult> refused = new java.util.ArrayList<>();
        stage.call(count + " applications of " + user, "RegisterForPrintAsyncNotifications x" + count, name, () -> {
            for (int i = 0; i < count; i++) {
                Registration r = stage.adapter().registerForPrintAsyncNotifications(caller,
                        new RegistrationRequest(name, SpoolerStage.type(type), stage.countingCallback()));
                if (r == null || r.result() == null || !r.result().equals(HResult.of(0))) {
                    refused.add(r == null ? null : r.result());
                }
            }
            return HResult.of(0);
        }, Timeouts.batch(count));
        assertThat(refused).as("precondition: each of %d applications registers on %s", count, name).isEmpty();
    }

    /**
     * The actor's oldest registration still standing ends, with S_OK (REQ-SPOOL-OVW-017); any other
     * it made stays. A pointer it was handed before stays its own (REQ-SPOOL-CHAN-018's reading).
     */
    @When("^\"([^\"]+)\" unregisters$")
    public void unregister(String actorName) {
        java.util.Deque<Registration> standing = registrations.get(actorName);
        if (standing == null || standing.isEmpty()) {
            throw new IllegalStateException("kit defect: \"" + actorName + "\" has no registration to end");
        }
        Registration reg = standing.removeFirst();
        lastEnded = reg;
        HResult r = stage.call(actorName, "UnRegisterForPrintAsyncNotifications", null,
                () -> stage.adapter().unregisterForPrintAsyncNotifications(reg.handle()));
        assertThat(r).as("%s unregistering", actorName).isEqualTo(HResult.of(0));
    }

    /** The registration the last unregister ended is ended again; the step after judges what the call returned. */
    @When("^\"([^\"]+)\" unregisters that registration again$")
    public void unregisterAgain(String actorName) {
        if (lastEnded == null) {
            throw new IllegalStateException("kit defect: no registration was ended before \"" + actorName + "\" ends it again");
        }
        Registration reg = lastEnded;
        stage.call(actorName, "UnRegisterForPrintAsyncNotifications", null,
                () -> stage.adapter().unregisterForPrintAsyncNotifications(reg.handle()));
    }

    /** A refused registration hands back nothing the caller would have to unregister. */
    @Then("^the call fails and hands back no registration$")
    public void registrationFails() {
        if (lastRegistration == null) {
            throw new IllegalStateException("kit defect: no RegisterForPrintAsyncNotifications call was made");
        }
        assertThat(lastRegistration.result().failed())
                .as("RegisterForPrintAsyncNotifications returned %s; a failure code was expected", lastRegistration.result()).isTrue();
        assertThat(lastRegistration.handle()).as("registration handle after a failed RegisterForPrintAsyncNotifications").isNull();
    }

    @Given("^\"([^\"]+)\" holds every notification until it is let go$")
    public void hold(String actor) {
        stage.actor(actor).gate().close();
    }

    @When("^\"([^\"]+)\" is let go$")
    public void letGo(String actor) {
        stage.actor(actor).gate().open();
    }

    @Given("^\"([^\"]+)\" answers every notification by closing the channel with reason \"([^\"]+)\" and releasing it$")
    public void closeAndRelease(String actor, String reason) {
        stage.actor(actor).script(Script.closeAndRelease(reason));
    }

    @Given("^\"([^\"]+)\" works (\\d+) microseconds on each notification before it returns$")
    public void slow(String actor, long micros) {
        stage.actor(actor).script(Script.busyFor(micros));
    }

    @When("^\"([^\"]+)\" is busy with \"([^\"]*)\"$")
    public void busyWith(String actor, String payload) {
        stage.awaitWhileHeld("\"" + actor + "\" to be handling \"" + payload + "\"",
                () -> stage.received(actor).contains(payload));
    }

    @When("^\"([^\"]+)\" is busy with the channel closing$")
    public void busyWithClosing(String actor) {
        stage.awaitWhileHeld("\"" + actor + "\" to be handling ChannelClosed",
                () -> !stage.events(actor, SpoolerEvent.Kind.CLOSED).isEmpty());
    }
}
