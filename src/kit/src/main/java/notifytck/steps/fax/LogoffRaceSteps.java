package notifytck.steps.fax;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.fax.FaxStage;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowRef;

/**
 * A user's logoff racing one of its clients, round after round, each round a user of its own
 * (REQ-FAX-MSG-011, -012): the client registers its window and makes the logoff call, again and
 * again, while the control logs the user off until the logoff completes. A registration that
 * succeeded opened a token, and a token blocks the logoff, so the logoff call that follows it
 * always finds the client's session still there and succeeds. One that fails shows the session
 * ended while the token was open.
 */
public class LogoffRaceSteps {
    private final FaxStage stage = FaxStage.current();

    /**
     * What each round got wrong: a registration that succeeded whose logoff call then failed (the
     * session ended under an open token), a registration refused though the session was still there,
     * or a logoff that did not complete once the client had stopped and held no token.
     */
    private final List<String> broken = new ArrayList<>();
    private int rounds;

    @When("^(\\d+) users in turn each log off while a client of theirs registers a window that ignores the end of the session and makes the logoff call, again and again$")
    public void race(int count) {
        for (int i = 1; i <= count; i++) {
            String user = "racer" + i;
            String client = user + "-client";
            String window = user + "-window";
            stage.logon(user);
            stage.client(user, client);
            SessionRef session = stage.session(user);
            FaxClient c = stage.client(client);
            // A procedure that ignores every message and records none: each of the logoff's tries sends it
            // WM_ENDSESSION, and hundreds of rounds of them would flood the scenario's history.
            WindowRef w = stage.controlCall("FaxControl.createWindow " + window,
                    () -> stage.control().createWindow(c, stage.desktopOf(user, "default"), (h, message, wParam, lParam) -> { }));
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            boolean[] loggedOff = new boolean[1];
            String[] wrong = new String[1];
            boolean[] refused = new boolean[1];
            AllAtOnce.runSpinStarted("logoff racing a client", List.of(
                    () -> {
                        // The control logs the user off until it completes, as often as a busy client makes it fail.
                        for (int tries = 0; tries < 10_000 && !loggedOff[0]; tries++) {
                            loggedOff[0] = stage.control().logoff(session);
                        }
                        done.set(true);
                    },
                    () -> {
                        // Bounded, and yielding now and then: on two cores shared with other work a loop that never yields
                        // holds a core from the logoff it races for whole time slices (measured: three times the CPU of
                        // this scenario alone). Sixteen pairs between yields keep the race as sharp as before.
                        for (int pairs = 1; pairs <= 4_000 && !done.get(); pairs++) {
                            if ((pairs & 15) == 0) {
                                Thread.yield();
                            }
                            FaxResult registered = stage.adapter().faxInitializeEventQueue(c, null, 0, w, 0x8000);
                            if (registered == null || !registered.succeeded()) {
                                refused[0] = true; // the session has ended, as the logoff must show
                                return;
                            }
                            FaxResult left = stage.adapter().faxInitializeEventQueue(c, null, FaxConstants.LOGOFF_COMPLETION_KEY, w, 0x8000);
                            if (left == null || !left.succeeded()) {
                                wrong[0] = user + ": a registration succeeded, and its logoff call then got " + left;
                                return;
                            }
                        }
                    }),
                    Timeouts.call().toMillis() * 4, stage::historyDump);
            rounds++;
            if (wrong[0] != null) {
                broken.add(wrong[0]);
            } else if (refused[0] && !loggedOff[0]) {
                broken.add(user + ": a registration was refused while the session was still there");
            } else if (!loggedOff[0] && !Deadline.call("FaxControl.logoff " + user, () -> stage.control().logoff(session))) {
                // The client has stopped, and each of its registrations was closed by its logoff call: nothing may block the logoff now.
                broken.add(user + ": the logoff did not complete once the client had stopped, with no token open");
            }
        }
    }

    @Then("^in no round did the session end while a registration's token was open$")
    public void consistent() {
        assertThat(rounds).as("kit defect: no round was run").isPositive();
        assertThat(broken.stream().limit(10).toList()).as("rounds (of %d) in which the logoff and the client's calls disagreed (the first 10"
                + " shown)", rounds).isEmpty();
    }
}
