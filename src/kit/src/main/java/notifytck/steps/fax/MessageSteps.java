package notifytck.steps.fax;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import notifytck.kit.Deadline;
import notifytck.kit.History.Recorded;
import notifytck.kit.fax.FaxRecord;
import notifytck.kit.fax.FaxStage;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxResult;

/** What windows and ports received, and what tokens and logoffs came to. */
public class MessageSteps {
    private static final Pattern ONE = Pattern.compile("(FEI_[A-Z_]+) for device (\\d+) and (?:job (\\d+)|no job)");
    private final FaxStage stage = FaxStage.current();

    /** A message as the kit compares it: message number, wParam, lParam. */
    private record Expected(int message, long wParam, long lParam) {}

    /** A window procedure is entered again only by messages it causes itself (a SendMessage of its own); posted messages wait their turn. */
    @Then("^\"([^\"]+)\" handled one message at a time$")
    public void oneAtATime(String window) {
        stage.settle();
        assertThat(stage.reentered(window)).as("\"%s\"'s procedure entered while it was still handling a message%n%s", window,
                stage.messagesOf(window)).isFalse();
    }

    @Then("^\"([^\"]+)\" receives exactly (FEI_.+)$")
    public void receivesExactly(String window, String list) {
        exactly(window, expected(window, list));
    }

    /** "FEI_X for device N and job M, then ..." as the messages the window must get. */
    private List<Expected> expected(String window, String list) {
        int start = stage.messageStart(window);
        List<Expected> expected = new ArrayList<>();
        for (String part : list.split(", then ")) {
            Matcher m = ONE.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("expected \"FEI_X for device N and job M\", got: " + part);
            }
            expected.add(new Expected(start + FaxEvents.id(m.group(1)), Long.parseLong(m.group(2)), FaxEvents.job(m.group(3))));
        }
        return expected;
    }

    /**
     * The events' messages exactly, in order, then FEI_FAXSVC_ENDED (judged by its number alone: no
     * page fixes its wParam and lParam), and nothing after it.
     */
    @Then("^\"([^\"]+)\" receives, in order, exactly (FEI_.+), then FEI_FAXSVC_ENDED whatever its wParam and lParam, and nothing after it$")
    public void receivesExactlyThenEnded(String window, String list) {
        int start = stage.messageStart(window);
        int ended = start + FaxEvents.id("FEI_FAXSVC_ENDED");
        stage.eventually("FEI_FAXSVC_ENDED at \"" + window + "\"", () -> faxMessages(window).stream().anyMatch(m -> m.message() == ended));
        stage.settle();
        List<Expected> got = faxMessages(window);
        assertThat(got).as("messages at \"%s\", in order\n%s", window, stage.historyDump()).isNotEmpty();
        assertThat(got.get(got.size() - 1).message()).as("the last message at \"%s\"\n%s", window, stage.historyDump()).isEqualTo(ended);
        assertThat(got.subList(0, got.size() - 1)).as("messages at \"%s\" before FEI_FAXSVC_ENDED, in order\n%s", window, stage.historyDump())
                .containsExactlyElementsOf(expected(window, list));
    }

    @Then("^\"([^\"]+)\" receives (FEI_[A-Z_]+) for device (\\d+) and each job from (\\d+) to (\\d+), in that order, and nothing else$")
    public void receivesRun(String window, String event, long device, long firstJob, long lastJob) {
        int message = stage.messageStart(window) + FaxEvents.id(event);
        List<Expected> expected = new ArrayList<>();
        for (long job = firstJob; job <= lastJob; job++) {
            expected.add(new Expected(message, device, job));
        }
        exactly(window, expected);
    }

    @Then("^\"([^\"]+)\" receives exactly these messages:$")
    public void receivesTable(String window, DataTable table) {
        List<Expected> expected = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            expected.add(new Expected(Integer.decode(row.get("message")), Long.parseLong(row.get("wParam")), Long.parseLong(row.get("lParam"))));
        }
        exactly(window, expected);
    }

    /**
     * For a message whose parameters no public page fixes (FEI_FAXSVC_ENDED is about no device and
     * no job, but nothing says which values stand for that): only the message number is judged.
     */
    @Then("^\"([^\"]+)\" receives only (FEI_[A-Z_]+), whatever its wParam and lParam$")
    public void receivesExactlyAnyParameters(String window, String event) {
        int message = stage.messageStart(window) + FaxEvents.id(event);
        stage.eventually("a message at \"" + window + "\"", () -> !faxMessages(window).isEmpty());
        assertThat(faxMessages(window).stream().map(Expected::message).toList()).as("message numbers at \"%s\", in order\n%s", window,
                stage.historyDump()).containsExactly(message);
    }

    /**
     * Per window: the raised event, as many times as the raising reached it before the stop (each
     * with its device and job), then FEI_FAXSVC_ENDED once, and nothing after it.
     */
    @Then("^each of the windows \"w1\" to \"w(\\d+)\" receives only (FEI_[A-Z_]+) for device (\\d+) and no job, then FEI_FAXSVC_ENDED once, and nothing after it$")
    public void endedLastEverywhere(int count, String event, long device) {
        stage.settle();
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (int i = 1; i <= count; i++) {
            String window = "w" + i;
            int start = stage.messageStart(window);
            Expected raised = new Expected(start + FaxEvents.id(event), device, FaxEvents.job(null));
            int ended = start + FaxConstants.FEI_FAXSVC_ENDED;
            List<Expected> got = faxMessages(window);
            seen += got.size();
            int at = got.stream().map(Expected::message).toList().indexOf(ended);
            boolean endedLastAndOnce = at >= 0 && at == got.size() - 1;
            List<Expected> before = at < 0 ? got : got.subList(0, at);
            if (!endedLastAndOnce || before.stream().anyMatch(m -> !m.equals(raised))) {
                wrong.add(window + ": " + got.stream().map(m -> m.message() == ended ? "FEI_FAXSVC_ENDED"
                        : String.format("0x%X(%d,%d)", m.message(), m.wParam(), m.lParam())).distinct().toList()
                        + (at < 0 ? ", no FEI_FAXSVC_ENDED" : ", FEI_FAXSVC_ENDED at " + (at + 1) + " of " + got.size()));
            }
        }
        assertThat(wrong).as("windows that did not get only %s (device %d, no job), then their one FEI_FAXSVC_ENDED last (of %d; %d messages in"
                + " all); the first 10:\n%s", event, device, count, seen, String.join("\n", wrong.stream().limit(10).toList())).isEmpty();
    }

    /** Each registration the service took posts from its own MessageStart (REQ-FAX-MSG-004's reading of a second call). */
    @Then("^if that call succeeded, \"([^\"]+)\" receives (FEI_[A-Z_]+) for device (\\d+) and job (\\d+) once from message (0x[0-9A-Fa-f]+) and once from message (0x[0-9A-Fa-f]+); if it failed, with ERROR_INVALID_DATA \\(13\\), once from message (0x[0-9A-Fa-f]+)$")
    public void fromEachRegistration(String window, String event, long device, long job, String first, String second, String firstAgain) {
        if (!first.equals(firstAgain)) {
            throw new IllegalArgumentException("feature defect: the first registration's base message is " + first + ", not " + firstAgain);
        }
        FaxResult r = stage.lastResult();
        if (!r.succeeded()) {
            assertThat(r).as("the refused second call's result\n%s", stage.historyDump())
                    .isEqualTo(FaxResult.failed(FaxConstants.ERROR_INVALID_DATA));
        }
        int id = FaxEvents.id(event);
        List<Expected> expected = new ArrayList<>(List.of(new Expected(Integer.decode(first) + id, device, job)));
        if (r.succeeded()) {
            expected.add(new Expected(Integer.decode(second) + id, device, job));
        }
        stage.eventually("the messages at \"" + window + "\"", () -> faxMessages(window).size() >= expected.size());
        stage.settle();
        assertThat(faxMessages(window)).as("messages at \"%s\" (from each registration, in either order)\n%s", window, stage.historyDump())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("^\"([^\"]+)\" receives no message$")
    public void nothing(String window) {
        stage.settle();
        assertThat(faxMessages(window)).as("messages at \"%s\"\n%s", window, stage.historyDump()).isEmpty();
    }

    @Then("^no completion packet is posted$")
    public void noPacket() {
        stage.settle();
        assertThat(stage.packets()).as("completion packets\n%s", stage.historyDump()).isEmpty();
    }

    /** One client's port among several: each packet is recorded with the client whose port it reached. */
    @Then("^the port of \"([^\"]+)\" receives exactly one packet with key (\\d+) for (FEI_[A-Z_]+), device (\\d+) and job (\\d+)$")
    public void onePacketAt(String client, long key, String event, int device, long job) {
        stage.eventually("a completion packet at the port of " + client, () -> stage.packets().stream().anyMatch(r -> r.event().who().equals(client)));
        stage.settle();
        List<String> got = stage.packets().stream().filter(r -> r.event().who().equals(client)).map(r -> r.event().detail()).toList();
        assertThat(got).as("completion packets at the port of %s\n%s", client, stage.historyDump())
                .containsExactly(notifytck.kit.fax.FaxStage.packetText(key, FaxEvents.id(event), device, job));
    }

    @Then("^the port receives exactly one packet with key (\\d+) for (FEI_[A-Z_]+), device (\\d+) and job (\\d+)$")
    public void onePacket(long key, String event, int device, long job) {
        stage.eventually("a completion packet", () -> !stage.packets().isEmpty());
        List<Recorded<FaxRecord>> got = stage.packets();
        assertThat(got).as("completion packets\n%s", stage.historyDump()).hasSize(1);
        assertThat(got.get(0).event().detail()).isEqualTo(notifytck.kit.fax.FaxStage.packetText(key, FaxEvents.id(event), device, job));
    }

    /**
     * One client's port among several (REQ-FAX-MSG-019): one packet per job, in any order, then FEI_FAXSVC_ENDED (whose
     * device and job no page fixes, so only its event is judged), then nothing.
     */
    @Then("^the port of \"([^\"]+)\" receives, with key (\\d+), one packet for (FEI_[A-Z_]+) on device (\\d+) for each job from (\\d+) to (\\d+), in any order, then one for FEI_FAXSVC_ENDED, and nothing after it$")
    public void packetsThenEnded(String client, long key, String event, int device, int first, int last) {
        int ended = FaxEvents.id("FEI_FAXSVC_ENDED");
        stage.eventually("FEI_FAXSVC_ENDED at the port of " + client,
                () -> stage.packets().stream().anyMatch(r -> r.event().who().equals(client) && r.event().message() == ended));
        stage.settle();
        List<String> got = stage.packets().stream().filter(r -> r.event().who().equals(client)).map(r -> r.event().detail()).toList();
        List<String> expected = new ArrayList<>();
        for (int job = first; job <= last; job++) {
            expected.add(notifytck.kit.fax.FaxStage.packetText(key, FaxEvents.id(event), device, job));
        }
        assertThat(got).as("completion packets, in the order they reached the port\n%s", stage.historyDump()).hasSize(expected.size() + 1);
        assertThat(got.get(expected.size())).as("the last packet: the service's end, after which nothing may come\n%s", stage.historyDump())
                .startsWith(notifytck.kit.fax.FaxStage.packetHead(key, ended));
        assertThat(got.subList(0, expected.size())).as("one packet per event\n%s", stage.historyDump()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("^the fax service already holds a token of \"([^\"]+)\"$")
    public void tokenAlready(String client) {
        // No settling: the token must be there when FaxInitializeEventQueue returns.
        boolean holds = Deadline.observe("FaxControl.holdsTokenOf", () -> stage.control().holdsTokenOf(stage.client(client)));
        assertThat(holds).as("the fax service holds an impersonation token of %s right after the call\n%s", client, stage.historyDump()).isTrue();
    }

    @Then("^the fax service holds (a|no) token of \"([^\"]+)\"$")
    public void token(String which, String client) {
        boolean expected = which.equals("a");
        stage.eventually("the token of " + client + " to be " + (expected ? "held" : "closed"), () -> holds(client) == expected);
        boolean holds = holds(client);
        assertThat(holds).as("the fax service holds an impersonation token of %s\n%s", client, stage.historyDump()).isEqualTo(expected);
    }

    private boolean holds(String client) {
        return Deadline.observe("FaxControl.holdsTokenOf", () -> stage.control().holdsTokenOf(stage.client(client)));
    }

    @Then("^the logoff (is blocked|completes)$")
    public void logoff(String outcome) {
        assertThat(stage.lastLogoff()).as("the logoff completed\n%s", stage.historyDump()).isEqualTo(outcome.equals("completes"));
    }

    /**
     * For a call whose success the page leaves open (a window of another user's session): the logoff
     * and the registration must agree, whichever way the implementation decided the call.
     */
    @Then("^the logoff is blocked exactly when \"([^\"]+)\" was registered$")
    public void logoffAgreesWithRegistration(String window) {
        boolean registered = stage.messageStartOrZero(window) != 0;
        assertThat(stage.lastLogoff()).as("the logoff completed, with %s %s\n%s", window, registered ? "registered" : "not registered",
                stage.historyDump()).isEqualTo(!registered);
    }

    @Then("^\"([^\"]+)\" has received (WM_ENDSESSION|WM_DESTROY)$")
    public void received(String window, String message) {
        int m = message.equals("WM_ENDSESSION") ? FaxConstants.WM_ENDSESSION : FaxConstants.WM_DESTROY;
        stage.eventually(window + " to receive " + message, () -> stage.hasReceived(window, m));
        assertThat(stage.messagesOf(window).stream().filter(r -> r.event().message() == m).count())
                .as("%s received by %s\n%s", message, window, stage.historyDump()).isEqualTo(1);
    }

    /** WM_ENDSESSION's parameters (REQ-FAX-MSG-018): the session ends (wParam TRUE) because the user logs off (ENDSESSION_LOGOFF in lParam). */
    @Then("^\"([^\"]+)\" has received WM_ENDSESSION for a logoff$")
    public void receivedForLogoff(String window) {
        received(window, "WM_ENDSESSION");
        Recorded<FaxRecord> m = stage.messagesOf(window).stream().filter(r -> r.event().message() == FaxConstants.WM_ENDSESSION).findFirst().orElseThrow();
        assertThat(m.event().wParam()).as("WM_ENDSESSION's wParam at %s (TRUE: the session is ending)\n%s", window, stage.historyDump()).isNotZero();
        assertThat(m.event().lParam() & FaxConstants.ENDSESSION_LOGOFF).as("WM_ENDSESSION's lParam at %s: 0x%X, which must carry ENDSESSION_LOGOFF (0x80000000)\n%s",
                window, m.event().lParam(), stage.historyDump()).isEqualTo(FaxConstants.ENDSESSION_LOGOFF);
    }

    @Then("^\"([^\"]+)\" answered it with the logoff call, which succeeded$")
    public void answered(String client) {
        stage.settle();
        List<Recorded<FaxRecord>> answers = stage.answersOfClient(client);
        assertThat(answers).as("logoff calls %s made from its window procedure\n%s", client, stage.historyDump()).hasSize(1);
        assertThat(answers.get(0).event().detail()).isEqualTo("succeeded");
    }

    private void exactly(String window, List<Expected> expected) {
        stage.eventually(expected.size() + " message(s) at \"" + window + "\"", () -> faxMessages(window).size() >= expected.size());
        assertThat(faxMessages(window)).as("messages at \"%s\", in order\n%s", window, stage.historyDump()).containsExactlyElementsOf(expected);
    }

    /** Every message but the session's own WM_ENDSESSION and WM_DESTROY, which other steps judge. */
    private List<Expected> faxMessages(String window) {
        return stage.messagesOf(window).stream()
                .filter(r -> r.event().message() != FaxConstants.WM_ENDSESSION && r.event().message() != FaxConstants.WM_DESTROY)
                .map(r -> new Expected(r.event().message(), r.event().wParam(), r.event().lParam())).toList();
    }
}
