package notifytck.steps.fax;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import notifytck.kit.fax.FaxStage;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/** FaxInitializeEventQueue, as the client makes it, and what it returned. */
public class QueueSteps {
    private final FaxStage stage = FaxStage.current();

    @When("^\"([^\"]+)\" (asks|has asked) for notification messages to \"([^\"]+)\" from message (0x[0-9A-Fa-f]+)$")
    public void messages(String client, String tense, String window, String start) {
        FaxClient c = stage.client(client);
        WindowRef w = stage.window(window);
        int messageStart = Integer.parseInt(start.substring(2), 16);
        FaxResult r = stage.initialize(client, "(window " + window + ", MessageStart " + start + ")",
                () -> stageAdapterCall(c, null, 0, w, messageStart));
        if (r.succeeded()) {
            stage.registeredForMessages(window, messageStart);
        }
        if (tense.equals("has asked")) {
            assertThat(r.succeeded()).as("precondition: %s registers %s for messages (GetLastError %s)", client, window, r.lastError()).isTrue();
        }
    }

    /** Many windows at once, each registered as the step above registers one: a second party many times over. */
    @Given("^\"([^\"]+)\" has the windows \"w1\" to \"w(\\d+)\" on her default desktop, each registered for notification messages from message (0x[0-9A-Fa-f]+)$")
    public void manyWindows(String client, int count, String start) {
        String user = stage.client(client).session().user();
        for (int i = 1; i <= count; i++) {
            stage.window(client, "w" + i, stage.desktopOf(user, "default"));
            messages(client, "has asked", "w" + i, start);
        }
    }

    @When("^\"([^\"]+)\" asks for completion packets on its port with key (\\d+)$")
    public void packets(String client, long key) {
        FaxClient c = stage.client(client);
        stage.initialize(client, "(completion port, key " + key + ")", () -> stageAdapterCall(c, stage.port(client), key, null, 0));
    }

    /** Both ways at once, which the FaxInitializeEventQueue page refuses (REQ-FAX-MSG-020). */
    @When("^\"([^\"]+)\" asks for notification messages to \"([^\"]+)\" from message (0x[0-9A-Fa-f]+) and for completion packets on its port with key (\\d+), in one call$")
    public void both(String client, String window, String start, long key) {
        FaxClient c = stage.client(client);
        WindowRef w = stage.window(window);
        int messageStart = Integer.parseInt(start.substring(2), 16);
        stage.initialize(client, "(window " + window + ", MessageStart " + start + ", completion port, key " + key + ")",
                () -> stageAdapterCall(c, stage.port(client), key, w, messageStart));
    }

    /** Neither way: no window and no port, whatever the key and MessageStart (REQ-FAX-MSG-020). */
    @When("^\"([^\"]+)\" asks for events with neither a window nor a completion port, key (\\d+) and message (0x[0-9A-Fa-f]+)$")
    public void neither(String client, long key, String start) {
        FaxClient c = stage.client(client);
        int messageStart = Integer.parseInt(start.substring(2), 16);
        stage.initialize(client, "(no window, no completion port, key " + key + ", MessageStart " + start + ")",
                () -> stageAdapterCall(c, null, key, null, messageStart));
    }

    @When("^\"([^\"]+)\" makes the logoff call for \"([^\"]+)\"$")
    public void logoffCall(String client, String window) {
        FaxClient c = stage.client(client);
        WindowRef w = stage.window(window);
        int start = stage.messageStartOrZero(window);
        FaxResult r = stage.initialize(client, "(window " + window + ", CompletionKey 1)",
                () -> stageAdapterCall(c, null, FaxConstants.LOGOFF_COMPLETION_KEY, w, start));
        if (r.succeeded() && start != 0) {
            stage.unregistered(window);
        }
    }

    /** The same window and the MessageStart it registered with, with another completion key: a valid call, not the logoff call. */
    @When("^\"([^\"]+)\" repeats the call for \"([^\"]+)\" with completion key (\\d+)$")
    public void repeat(String client, String window, long key) {
        FaxClient c = stage.client(client);
        WindowRef w = stage.window(window);
        int start = stage.messageStartOrZero(window);
        stage.initialize(client, "(window " + window + ", MessageStart " + start + ", CompletionKey " + key + ")",
                () -> stageAdapterCall(c, null, key, w, start));
    }

    @Then("^the call succeeds$")
    public void succeeds() {
        assertThat(stage.lastResult()).as("FaxInitializeEventQueue's result\n%s", stage.historyDump()).isEqualTo(FaxResult.OK);
    }

    /** FALSE, whatever the last error: where no page names the code. */
    @Then("^the call fails$")
    public void fails() {
        assertThat(stage.lastResult().succeeded()).as("FaxInitializeEventQueue's result %s; a failure was expected\n%s", stage.lastResult(),
                stage.historyDump()).isFalse();
    }

    @Then("^the call fails with ERROR_INVALID_PARAMETER \\(87\\)$")
    public void failsInvalidParameter() {
        assertThat(stage.lastResult()).as("FaxInitializeEventQueue's result\n%s", stage.historyDump())
                .isEqualTo(FaxResult.failed(FaxConstants.ERROR_INVALID_PARAMETER));
    }

    private FaxResult stageAdapterCall(FaxClient c, notifytck.spi.fax.CompletionPort port, long key, WindowRef w, int start) {
        return stage.adapter().faxInitializeEventQueue(c, port, key, w, start);
    }
}
