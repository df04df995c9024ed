package notifytck.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import notifytck.kit.ScenarioContext;

/** The exact HRESULT of the last call, for every mechanism. */
public class CallResultSteps {
    @Then("^the call returns a success code$")
    public void callSucceeds() {
        ScenarioContext context = ScenarioContext.current();
        assertThat(context.lastResult().failed()).as("the last call's HRESULT %s has the error severity; any success code was expected\n%s",
                context.lastResult(), context.historyDump()).isFalse();
    }

    /**
     * NO_LISTENERS is a PrintAsyncNotifyError: the headers define only the code part (0x07), and the
     * caller is to compare HRESULT_CODE. The full value is not stated anywhere, so any success
     * HRESULT whose code part is NO_LISTENERS is accepted (0x00040007 is the FACILITY_ITF form).
     */
    @Then("^the call succeeds, saying no one received it$")
    public void succeedsWithNoListeners() {
        ScenarioContext context = ScenarioContext.current();
        notifytck.spi.HResult h = context.lastResult();
        assertThat(h.failed()).as("the last call's HRESULT %s has the error severity; a success was expected\n%s", h, context.historyDump()).isFalse();
        assertThat(h.value() & 0xFFFF).as("HRESULT_CODE of %s: NO_LISTENERS (0x07) was expected, a success that says no one received it\n%s",
                h, context.historyDump()).isEqualTo(notifytck.spi.spooler.PrintAsyncNotifyError.NO_LISTENERS.code());
    }

    /**
     * A PrintAsyncNotifyError that a page lists with both severities (ALREADY_UNREGISTERED): the
     * code part alone is judged.
     */
    @Then("^the call returns ([A-Z_]+) with either severity \\(code (0x[0-9A-F]{2})\\)$")
    public void callReturnsEitherSeverity(String name, String hex) {
        ScenarioContext context = ScenarioContext.current();
        if (!namesPrintAsyncNotifyError(name)) {
            throw new IllegalArgumentException("feature names a PrintAsyncNotifyError the kit does not know: " + name);
        }
        notifytck.spi.spooler.PrintAsyncNotifyError e = notifytck.spi.spooler.PrintAsyncNotifyError.valueOf(name);
        if (e.code() != Integer.parseInt(hex.substring(2), 16)) {
            throw new IllegalArgumentException("feature defect: " + name + " is 0x" + String.format("%02X", e.code()) + " per " + e.source()
                    + ", but the feature says " + hex);
        }
        notifytck.spi.HResult h = context.lastResult();
        if (!e.is(h, true) && !e.is(h, false)) {
            throw new AssertionError("the last call's HRESULT " + h + ": " + name + " (" + hex + ") with either severity was expected\n"
                    + context.historyDump());
        }
    }

    /** Either of two documented codes, where two pages name one each for the same situation. */
    @Then("^the call returns " + Documented.HRESULT + " or " + Documented.HRESULT + "$")
    public void callReturnsEither(String name, String severity, String hex, String otherName, String otherSeverity, String otherHex) {
        ScenarioContext context = ScenarioContext.current();
        notifytck.spi.HResult actual = context.lastResult();
        notifytck.spi.HResult first = Documented.hresult(name, severity, hex);
        notifytck.spi.HResult second = Documented.hresult(otherName, otherSeverity, otherHex);
        if (!matches(name, first, actual) && !matches(otherName, second, actual)) {
            assertThat(actual).as("the last call's HRESULT: %s or %s was expected\n%s", name, otherName, context.historyDump()).isIn(first, second);
        }
    }

    @Then("^the call returns " + Documented.HRESULT + "$")
    public void callReturns(String name, String severity, String hex) {
        ScenarioContext context = ScenarioContext.current();
        notifytck.spi.HResult expected = Documented.hresult(name, severity, hex);
        if (!matches(name, expected, context.lastResult())) {
            assertThat(context.lastResult()).as("the last call's HRESULT%s\n%s", namesPrintAsyncNotifyError(name)
                    ? " (a PrintAsyncNotifyError is judged by its code part and severity)" : "", context.historyDump()).isEqualTo(expected);
        }
    }

    /**
     * Only a code the step names as a PrintAsyncNotifyError is judged by code part and severity: another FACILITY_ITF value
     * (MSMQ's OLE_E_BLANK is 0x80040007) must match exactly, or 0xC00E0007 would pass for it.
     */
    private static boolean matches(String name, notifytck.spi.HResult expected, notifytck.spi.HResult actual) {
        return namesPrintAsyncNotifyError(name) ? notifytck.spi.spooler.PrintAsyncNotifyError.sameCode(expected, actual) : expected.equals(actual);
    }

    private static boolean namesPrintAsyncNotifyError(String name) {
        return java.util.Arrays.stream(notifytck.spi.spooler.PrintAsyncNotifyError.values()).anyMatch(e -> e.name().equals(name));
    }
}
