package notifytck.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import notifytck.kit.ScenarioContext;

/** The exact HRESULT of the last call, for every mechanism. */
public class CallResultSteps {
    @Then("^the call returns " + Documented.HRESULT + "$")
    public void callReturns(String name, String severity, String hex) {
        ScenarioContext context = ScenarioContext.current();
        assertThat(context.lastResult()).as("the last call's HRESULT\n%s", context.historyDump()).isEqualTo(Documented.hresult(name, severity, hex));
    }
}
