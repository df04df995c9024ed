package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import notifytck.kit.Deadline;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.Control;

/** The channel objects the spooler still holds, through the SUT control. */
public class ChannelObjectSteps {
    private final SpoolerStage stage = SpoolerStage.current();

    @Then("^the spooler holds (\\d+) channel objects?$")
    public void holds(int expected) {
        stage.context().requireControl(Control.SPOOLER_CHANNEL_OBJECTS, "@needs-channel-objects");
        // Without quiesce the count is awaited, then read again after the quiet window.
        stage.eventually("the spooler to hold " + expected + " channel object(s)", () -> live() == expected);
        assertThat(live()).as("channel objects the spooler holds\n%s", stage.history().dump()).isEqualTo(expected);
    }

    private int live() {
        return Deadline.observe("SpoolerControl.liveChannelObjects", () -> stage.control().liveChannelObjects());
    }
}
