package notifytck.steps.fax;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import notifytck.kit.fax.FaxStage;
import notifytck.spi.fax.ServiceAccount;

/** The service's account, sessions, desktops, clients and windows (SUT control). */
public class WorldSteps {
    private final FaxStage stage = FaxStage.current();

    @Given("^the fax service runs under (?:LocalSystem (with|without) desktop interaction|the user account \"([^\"]+)\")$")
    public void account(String interaction, String user) {
        ServiceAccount a = user != null ? ServiceAccount.user(user) : ServiceAccount.localSystem(interaction.equals("with"));
        stage.controlCall("FaxControl.configureService", () -> {
            stage.control().configureService(a);
            return null;
        });
    }

    @Given("^\"([^\"]+)\" is logged on$")
    public void logon(String user) {
        stage.logon(user);
    }

    @Given("^\"([^\"]+)\" has a second desktop \"([^\"]+)\"$")
    public void desktop(String user, String name) {
        stage.desktop(user, name);
    }

    @Given("^\"([^\"]+)\" runs the fax client \"([^\"]+)\" with a window \"([^\"]+)\" on her (?:default desktop|desktop \"([^\"]+)\")$")
    public void client(String user, String client, String window, String desktop) {
        stage.client(user, client);
        stage.window(client, window, stage.desktopOf(user, desktop == null ? "default" : desktop));
    }

    @Given("^\"([^\"]+)\" also has a window \"([^\"]+)\" on her default desktop$")
    public void secondWindow(String client, String window) {
        String user = stage.client(client).session().user();
        stage.window(client, window, stage.desktopOf(user, "default"));
    }

    @Given("^on WM_ENDSESSION, the window procedure of \"([^\"]+)\" first has \"([^\"]+)\" create a window \"([^\"]+)\" that ignores the end of the session, and ask for notification messages to it from message (0x[0-9A-Fa-f]+)$")
    public void registersDuringLogoff(String window, String client, String late, String start) {
        stage.createAndRegisterOnEndSession(window, client, late, Integer.parseInt(start.substring(2), 16));
    }

    @Given("^the window procedure of \"([^\"]+)\" works (\\d+) ms over WM_ENDSESSION before it makes the logoff call$")
    public void worksOverEndOfSession(String window, int millis) {
        stage.workOverEndOfSession(window, java.time.Duration.ofMillis(millis));
    }

    @Given("^the window procedure of \"([^\"]+)\" holds (FEI_[A-Z_]+) until it is let go$")
    public void holds(String window, String event) {
        stage.hold(window, FaxEvents.id(event));
    }

    @When("^\"([^\"]+)\" is busy with (FEI_[A-Z_]+)$")
    public void busyWith(String window, String event) {
        stage.awaitReceived(window, stage.messageStart(window) + FaxEvents.id(event), "\"" + window + "\" to be handling " + event);
    }

    @When("^the window procedure of \"([^\"]+)\" is let go$")
    public void letGo(String window) {
        stage.letGo(window);
    }

    /** The client reacts to a message with a call that makes the service post again, from inside its procedure. */
    @Given("^the window procedure of \"([^\"]+)\" makes the fax event (FEI_[A-Z_]+) \\((\\d+)\\) happen on device (\\d+) for job (\\d+) when it handles (FEI_[A-Z_]+)$")
    public void raisesWhenHandling(String window, String name, int value, int device, int job, String on) {
        stage.raiseWhenHandling(window, FaxEvents.id(on), FaxEvents.id(name, value), device, job);
    }

    @Given("^the window procedure of \"([^\"]+)\" ignores the end of the session$")
    public void ignores(String window) {
        stage.ignoreEndOfSession(window);
    }

    @When("^the window \"([^\"]+)\" (?:has been|is) destroyed$")
    public void destroy(String window) {
        stage.controlCall("FaxControl.destroyWindow", () -> {
            stage.control().destroyWindow(stage.window(window));
            return null;
        });
    }

    @When("^the thread of \"([^\"]+)\" (stops pumping messages|pumps messages again)$")
    public void pumping(String window, String what) {
        stage.controlCall("FaxControl.setPumping", () -> {
            stage.control().setPumping(stage.window(window), what.startsWith("pumps"));
            return null;
        });
    }

    @When("^the fax event (FEI_[A-Z_]+) \\((\\d+)\\) happens on device (\\d+) for (?:job (\\d+)|no job)$")
    public void event(String name, int value, int device, String job) {
        int id = FaxEvents.id(name, value);
        int jobId = (int) FaxEvents.job(job);
        stage.controlCall("FaxControl.raiseEvent", () -> {
            stage.control().raiseEvent(id, device, jobId);
            return null;
        });
    }

    /** Many events in a row, one per job: a backlog longer than a window thread may take in one turn. */
    @When("^the fax event (FEI_[A-Z_]+) \\((\\d+)\\) happens on device (\\d+) for jobs (\\d+) to (\\d+)$")
    public void events(String name, int value, int device, int firstJob, int lastJob) {
        for (int job = firstJob; job <= lastJob; job++) {
            event(name, value, device, String.valueOf(job));
        }
    }

    /**
     * State changed during calls: events keep being raised, from a few threads at once, while the
     * service stops; each raiser raises once more after the stop returned. The stop comes once the
     * first events are out, so that it lands in the middle of the raising, where an implementation
     * that posts an event outside whatever orders it against the stop lets one slip past
     * FEI_FAXSVC_ENDED (blind-fault rounds 7 and 11).
     */
    @When("^the fax event (FEI_[A-Z_]+) \\((\\d+)\\) keeps happening on device (\\d+) for no job, from (\\d+) threads, while the fax service stops$")
    public void eventsWhileStopping(String name, int value, int device, int raisers) {
        int id = FaxEvents.id(name, value);
        int noJob = (int) FaxEvents.job(null);
        int windows = stage.registeredWindows();
        long needed = (long) (MAX_RAISES + 1) * windows;
        int kept = Integer.getInteger(notifytck.kit.History.MAX_PROPERTY, notifytck.kit.History.DEFAULT_MAX);
        if (kept < needed) {
            // A correct implementation may post this many messages; a smaller history would call it a flood.
            throw new notifytck.kit.NotApplicable("this scenario may record " + needed + " messages, and the run keeps " + kept
                    + " a scenario (--history-max)");
        }
        java.util.concurrent.CountDownLatch raised = new java.util.concurrent.CountDownLatch(raisers + 2);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger raises = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<notifytck.kit.AllAtOnce.Party> parties = new java.util.ArrayList<>();
        for (int t = 0; t < raisers; t++) {
            // One call of the control per raiser, raising back to back inside it: a call each would
            // leave a thread hand-off between two raises, where the stop would mostly land.
            parties.add(() -> stage.controlCall("FaxControl.raiseEvent, repeated", notifytck.kit.Timeouts.batch(MAX_RAISES), () -> {
                int after = 0;
                // Until the stop returned, and once more after it; bounded whatever the stop does.
                while (after < 1 && raises.incrementAndGet() <= MAX_RAISES) {
                    raised.countDown();
                    stage.control().raiseEvent(id, device, noJob);
                    if (stopped.get()) {
                        after++;
                    }
                }
                return null;
            }));
        }
        parties.add(() -> {
            raised.await(notifytck.kit.Timeouts.call().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            stop();
            stopped.set(true);
        });
        notifytck.kit.AllAtOnce.run("party raising events or stopping the service", parties,
                notifytck.kit.Timeouts.batch(MAX_RAISES).toMillis(), stage::historyDump);
    }

    /**
     * Raises in all: with the scenario's 200 windows, at most 8,200 messages, within a scenario's
     * default history of 10,000 events (--history-max; with less, the scenario is not applicable).
     */
    private static final int MAX_RAISES = 40;

    @When("^the fax service stops$")
    public void stop() {
        stage.controlCall("FaxControl.stopService", () -> {
            stage.control().stopService();
            return null;
        });
    }

    @When("^\"([^\"]+)\" starts to log off$")
    public void startLogoff(String user) {
        stage.startLogoff(user);
    }

    /**
     * A precondition, not a rule: the logoff is under way once a free window has its WM_ENDSESSION.
     * An implementation that sends it to one window at a time, waiting for each answer, may still
     * be waiting on a busy one: then the scenario cannot be made, and is not applicable.
     */
    @When("^\"([^\"]+)\" has received WM_ENDSESSION, so the logoff is under way$")
    public void logoffUnderWay(String window) {
        try {
            stage.awaitReceived(window, notifytck.spi.fax.FaxConstants.WM_ENDSESSION, window + " to receive WM_ENDSESSION");
        } catch (org.awaitility.core.ConditionTimeoutException notYet) {
            throw new notifytck.kit.NotApplicable("\"" + window + "\" got no WM_ENDSESSION while another window was busy: the implementation"
                    + " sends it to one window at a time, and the scenario needs it sent to a busy window");
        }
    }

    /** Watched for the quiet window: a thread that does not pump takes nothing, sent messages included. */
    @Then("^\"([^\"]+)\" does not get WM_ENDSESSION while its thread does not pump$")
    public void notWhileNotPumping(String window) {
        java.time.Duration quiet = notifytck.kit.Timeouts.quietWindow();
        try {
            org.awaitility.Awaitility.await(window + " to get no WM_ENDSESSION for " + quiet.toMillis() + " ms").during(quiet)
                    .atMost(quiet.plusSeconds(1)).pollInterval(java.time.Duration.ofMillis(5))
                    .until(() -> !stage.hasReceived(window, notifytck.spi.fax.FaxConstants.WM_ENDSESSION));
        } catch (org.awaitility.core.ConditionTimeoutException taken) {
            throw new AssertionError("\"" + window + "\" got WM_ENDSESSION while its thread did not pump messages\n" + stage.historyDump(), taken);
        }
    }

    @When("^\"([^\"]+)\" logs off$")
    public void logoff(String user) {
        stage.logoff(user);
    }
}
