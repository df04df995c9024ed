package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import notifytck.kit.History;
import notifytck.kit.spooler.SpoolerEvent;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelCreation;

/** What calls returned: exact HRESULTs, pointers, and the calls callbacks made. */
public class ResultSteps {
    private final SpoolerStage stage = SpoolerStage.current();

    @Then("^the call fails and hands back no channel pointer$")
    public void creationFails() {
        ChannelCreation c = stage.lastCreation();
        assertThat(c.result().failed()).as("CreatePrintAsyncNotifyChannel returned %s; a failure code was expected", c.result()).isTrue();
        assertThat(c.channel()).as("channel pointer after a failed CreatePrintAsyncNotifyChannel").isNull();
    }

    @Then("^\"([^\"]+)\" holds a channel pointer$")
    public void holdsPointer(String actor) {
        ChannelCreation c = stage.lastCreation();
        assertThat(c.channel()).as("channel pointer handed to %s", actor).isNotNull();
        assertThat(stage.actor(actor).hasOwn()).isTrue();
    }

    @Then("^\"([^\"]+)\" closed the channel from inside its callback with " + notifytck.steps.Documented.HRESULT + "$")
    public void closedInside(String actor, String name, String severity, String hex) {
        HResult expected = notifytck.steps.Documented.hresult(name, severity, hex);
        stage.eventually("\"" + actor + "\" to close and release from inside OnEventNotify", () ->
                calls(actor, "Release").size() == 1);
        List<History.Recorded<SpoolerEvent>> closes = calls(actor, "CloseChannel");
        assertThat(closes).as("CloseChannel calls made from inside %s's OnEventNotify\n%s", actor, stage.history().dump()).hasSize(1);
        if (!notifytck.spi.spooler.PrintAsyncNotifyError.sameCode(expected, closes.get(0).event().result())) {
            assertThat(closes.get(0).event().result()).as("CloseChannel from inside OnEventNotify").isEqualTo(expected);
        }
    }

    private List<History.Recorded<SpoolerEvent>> calls(String actor, String call) {
        return stage.history().where(e -> e.actor().equals(actor)
                && e.kind() == SpoolerEvent.Kind.CALLBACK_CALL_RETURNED && call.equals(e.call()));
    }
}
